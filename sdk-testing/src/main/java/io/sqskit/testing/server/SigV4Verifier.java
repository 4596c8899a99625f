/*
 * Copyright 2026 The sqskit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.sqskit.testing.server;

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks the AWS Signature Version 4 of a request (Authorization header form) against known
 * credentials, with the JDK's HMAC-SHA256 and SHA-256 only.
 *
 * <p>Errors and their wording: the SQS API Reference's Common Errors page gives the codes and
 * statuses of {@code MissingAuthenticationToken} (403), {@code IncompleteSignature} (400) and
 * {@code InvalidClientTokenId} (403). A request dated more than 15 minutes away from the server's
 * clock gets 403 {@code SignatureDoesNotMatch} "Signature expired: ..." over SQS, not {@code
 * RequestExpired}: that is the answer SQS sends, as recorded in aws/aws-sdk-php#642 (full SQS
 * ErrorResponse) and aws/aws-sdk-go#487 (ReceiveMessage, status 403). The texts of {@code
 * SignatureDoesNotMatch}, {@code InvalidClientTokenId}, {@code MissingAuthenticationToken} and the
 * "Authorization header requires ..." form of {@code IncompleteSignature} are the ones AWS Query
 * services send; they are not in the SQS documentation.
 *
 * <p>Any well-formed region in the credential scope is accepted: the fake serves every region at
 * once, and the scope's region is the one the request is served in (its queues, ARNs and URLs). The
 * signing key is derived from that region, so a request whose scope names another region than the
 * one it was signed for fails with {@code SignatureDoesNotMatch}; a scope with an empty or
 * malformed region is an {@code IncompleteSignature}. The service must be {@code sqs}.
 *
 * <p>Presigned requests (SigV4 in the query string: {@code X-Amz-Algorithm}, {@code
 * X-Amz-Credential}, {@code X-Amz-Date}, {@code X-Amz-SignedHeaders}, {@code X-Amz-Signature},
 * optionally {@code X-Amz-Expires} and {@code X-Amz-Security-Token}) are checked the same way, with
 * the canonical query string holding every parameter but the signature, and dated as strictly (see
 * {@code checkValidity}). Signers differ on the payload line of a presigned request: botocore
 * always writes {@code UNSIGNED-PAYLOAD}, others (the AWS SDK for Java v2's signer with payload
 * signing on) the body's SHA-256; both are accepted (checked with botocore's {@code SigV4QueryAuth}
 * by hand). The texts of a missing query parameter and of an expired presigned request are ours, in
 * the style of the header form's.
 */
final class SigV4Verifier {

  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
  private static final HexFormat HEX = HexFormat.of();

  static final String SIGNATURE_MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";
  static final String INVALID_TOKEN = "The security token included in the request is invalid.";
  static final String MISSING_TOKEN = "Request is missing Authentication Token";
  static final String QUERY_PARAMETERS_REQUIRED =
      "AWS query-string parameters must include 'X-Amz-Algorithm', 'X-Amz-Credential',"
          + " 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders'. Re-examine the query-string"
          + " parameters.";
  private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

  /** The longest validity of a presigned request, 7 days, as every SigV4 signer enforces. */
  private static final long MAX_EXPIRES_SECONDS = 7 * 24 * 3600;

  private final Function<String, @Nullable String> secretOf;
  private final Clock clock;

  /**
   * @param secretOf the secret key of an access key id, or null for a key id the server does not
   *     know; called on request threads, so it must be thread-safe
   */
  SigV4Verifier(Function<String, @Nullable String> secretOf, Clock clock) {
    this.secretOf = secretOf;
    this.clock = clock;
  }

  /**
   * Verifies one request.
   *
   * @throws SqsError when the request is not signed by a known key
   */
  void verify(ServerRequest request) {
    String method = request.method();
    String rawPath = request.path();
    String rawQuery = request.query();
    byte[] body = request.body();
    int length = body.length;
    String authorization = request.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      Map<String, String> presign = presignParameters(rawQuery);
      if (rawQuery == null || presign.isEmpty()) { // no query string: no parameters either
        throw new SqsError(SqsErrorCode.MISSING_AUTHENTICATION_TOKEN, MISSING_TOKEN);
      }
      verifyPresigned(method, rawPath, rawQuery, request, body, length, presign);
      return;
    }
    Authorization auth = Authorization.parse(authorization);
    String amzDate = request.header("X-Amz-Date");
    if (amzDate == null) {
      throw incomplete(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
          authorization);
    }
    String[] scope = auth.credential.split("/", -1);
    if (scope.length != 5
        || !"aws4_request".equals(scope[4])
        || scope[0].isEmpty()
        || !isRegion(scope[2])) {
      // Our wording: AWS names the expected form in its answer to a malformed scope.
      throw incomplete(
          "Credential should be scoped to a valid region, like"
              + " <key>/<yyyyMMdd>/<region>/sqs/aws4_request.",
          authorization);
    }
    String secret = secretFor(scope);
    Instant signedAt = parseDate(amzDate, authorization);
    checkSkew(signedAt);
    checkScopeDate(scope[1], amzDate);
    String declared = request.header("X-Amz-Content-Sha256");
    String payload =
        UNSIGNED_PAYLOAD.equals(declared) ? UNSIGNED_PAYLOAD : payloadHash(body, length);
    String canonical =
        canonicalRequest(
            method, rawPath, canonicalQuery(rawQuery), request, auth.signedHeaders, payload);
    if (!signatureMatches(secret, scope, amzDate, canonical, auth.signature)) {
      throw new SqsError(SqsErrorCode.SIGNATURE_DOES_NOT_MATCH, SIGNATURE_MISMATCH);
    }
  }

  /** Whether a scope's region is shaped like an AWS region: lower-case letters, digits, hyphens. */
  static boolean isRegion(String region) {
    if (region.isEmpty() || region.length() > 64) {
      return false;
    }
    for (int i = 0; i < region.length(); i++) {
      char c = region.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The secret key of the scope's key id, once the key is known and the service is SQS. */
  private String secretFor(String[] scope) {
    String secret = secretOf.apply(scope[0]);
    if (secret == null) {
      throw new SqsError(SqsErrorCode.INVALID_CLIENT_TOKEN_ID, INVALID_TOKEN);
    }
    if (!"sqs".equals(scope[3])) {
      throw new SqsError(
          SqsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Credential should be scoped to correct service: 'sqs'. ");
    }
    return secret;
  }

  private static void checkScopeDate(String scopeDate, String amzDate) {
    if (!amzDate.startsWith(scopeDate)) {
      throw new SqsError(
          SqsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
              + " HTTP: '"
              + scopeDate
              + "' != '"
              + amzDate.substring(0, Math.min(8, amzDate.length()))
              + "', from '"
              + amzDate
              + "'.");
    }
  }

  /**
   * The {@code X-Amz-*} parameters of a presigned request (percent-decoded), or an empty map when
   * the query string has none of the SigV4 ones.
   */
  private static Map<String, String> presignParameters(@Nullable String rawQuery) {
    Map<String, String> found = new HashMap<>();
    if (rawQuery == null || !rawQuery.contains("X-Amz-")) {
      return found;
    }
    for (String part : rawQuery.split("&")) {
      int eq = part.indexOf('=');
      String name = decode(eq < 0 ? part : part.substring(0, eq));
      if (name.startsWith("X-Amz-")) {
        found.putIfAbsent(name, decode(eq < 0 ? "" : part.substring(eq + 1)));
      }
    }
    boolean signed =
        found.containsKey("X-Amz-Signature")
            || found.containsKey("X-Amz-Credential")
            || found.containsKey("X-Amz-Algorithm");
    return signed ? found : Map.of();
  }

  private void verifyPresigned(
      String method,
      String rawPath,
      String rawQuery,
      ServerRequest request,
      byte[] body,
      int length,
      Map<String, String> presign) {
    String algorithm = presign.get("X-Amz-Algorithm");
    String credential = presign.get("X-Amz-Credential");
    String amzDate = presign.get("X-Amz-Date");
    String signedHeaders = presign.get("X-Amz-SignedHeaders");
    String signature = presign.get("X-Amz-Signature");
    if (algorithm == null
        || algorithm.isEmpty()
        || credential == null
        || credential.isEmpty()
        || amzDate == null
        || amzDate.isEmpty()
        || signedHeaders == null
        || signedHeaders.isEmpty()
        || signature == null
        || signature.isEmpty()) {
      throw new SqsError(SqsErrorCode.INCOMPLETE_SIGNATURE, QUERY_PARAMETERS_REQUIRED);
    }
    if (!ALGORITHM.equals(algorithm)) {
      throw new SqsError(
          SqsErrorCode.INCOMPLETE_SIGNATURE,
          "X-Amz-Algorithm only supports '" + ALGORITHM + "', not '" + algorithm + "'.");
    }
    String[] scope = credential.split("/", -1);
    if (scope.length != 5
        || !"aws4_request".equals(scope[4])
        || scope[0].isEmpty()
        || !isRegion(scope[2])) {
      throw new SqsError(
          SqsErrorCode.INCOMPLETE_SIGNATURE,
          "X-Amz-Credential should be scoped to a valid region, like"
              + " <key>/<yyyyMMdd>/<region>/sqs/aws4_request.");
    }
    String secret = secretFor(scope);
    Instant signedAt;
    try {
      signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new SqsError(
          SqsErrorCode.INCOMPLETE_SIGNATURE,
          "X-Amz-Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.");
    }
    checkValidity(signedAt, presign.get("X-Amz-Expires"));
    checkScopeDate(scope[1], amzDate);
    List<String> names = new ArrayList<>();
    for (String name : signedHeaders.split(";")) {
      names.add(name.toLowerCase(Locale.ROOT));
    }
    String query = canonicalQuery(withoutSignature(rawQuery));
    for (String payload : new String[] {UNSIGNED_PAYLOAD, payloadHash(body, length)}) {
      String canonical = canonicalRequest(method, rawPath, query, request, names, payload);
      if (signatureMatches(secret, scope, amzDate, canonical, signature)) {
        return;
      }
    }
    throw new SqsError(SqsErrorCode.SIGNATURE_DOES_NOT_MATCH, SIGNATURE_MISMATCH);
  }

  /**
   * A presigned request must pass the 15-minute rule of every SigV4 request and, when it carries
   * {@code X-Amz-Expires} (1 s to 7 days), must also arrive before its date plus that many seconds.
   * Whether SQS honours {@code X-Amz-Expires} beyond 15 minutes is not documented (STS, a Query
   * service too, was reported to ignore it: aws/aws-sdk-go#2167), so the fake refuses what either
   * rule refuses: strict mode never accepts a request that SQS might turn down.
   */
  private void checkValidity(Instant signedAt, @Nullable String expires) {
    checkSkew(signedAt);
    if (expires == null) {
      return;
    }
    long seconds;
    try {
      seconds = Long.parseLong(expires);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
      throw new SqsError(
          SqsErrorCode.INCOMPLETE_SIGNATURE,
          "X-Amz-Expires must be a whole number of seconds from 1 to "
              + MAX_EXPIRES_SECONDS
              + ". Got '"
              + expires
              + "'.");
    }
    Instant now = clock.instant();
    Instant end = signedAt.plusSeconds(seconds);
    if (now.isAfter(end)) {
      throw new SqsError(
          SqsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Signature expired: "
              + format(end)
              + " is now earlier than "
              + format(now)
              + " ("
              + format(signedAt)
              + " + "
              + seconds
              + " sec.)");
    }
  }

  /** The raw query string without its {@code X-Amz-Signature} parameter. */
  private static String withoutSignature(String rawQuery) {
    StringBuilder out = new StringBuilder(rawQuery.length());
    for (String part : rawQuery.split("&")) {
      int eq = part.indexOf('=');
      if (decode(eq < 0 ? part : part.substring(0, eq)).equals("X-Amz-Signature")) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(part);
    }
    return out.toString();
  }

  private static String payloadHash(byte[] body, int length) {
    MessageDigest digest = sha256Digest();
    digest.update(body, 0, length);
    return hex(digest.digest());
  }

  private static boolean signatureMatches(
      String secret, String[] scope, String amzDate, String canonical, String signature) {
    String credentialScope = scope[1] + "/" + scope[2] + "/" + scope[3] + "/" + scope[4];
    String stringToSign =
        ALGORITHM + "\n" + amzDate + "\n" + credentialScope + "\n" + hex(sha256(bytes(canonical)));
    byte[] key = hmac(bytes("AWS4" + secret), scope[1]);
    key = hmac(key, scope[2]);
    key = hmac(key, scope[3]);
    key = hmac(key, "aws4_request");
    String expected = hex(hmac(key, stringToSign));
    return MessageDigest.isEqual(bytes(expected), bytes(signature.toLowerCase(Locale.ROOT)));
  }

  private void checkSkew(Instant signedAt) {
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(MAX_SKEW))) {
      throw new SqsError(
          SqsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Signature expired: "
              + format(signedAt)
              + " is now earlier than "
              + format(now.minus(MAX_SKEW))
              + " ("
              + format(now)
              + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(MAX_SKEW))) {
      throw new SqsError(
          SqsErrorCode.SIGNATURE_DOES_NOT_MATCH,
          "Signature not yet current: "
              + format(signedAt)
              + " is still later than "
              + format(now.plus(MAX_SKEW))
              + " ("
              + format(now)
              + " + 15 min.)");
    }
  }

  private static Instant parseDate(String amzDate, String authorization) {
    try {
      return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // Our wording; AWS rejects an unreadable X-Amz-Date as an incomplete signature.
      throw incomplete(
          "Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'.", authorization);
    }
  }

  private static String format(Instant instant) {
    return AMZ_DATE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /**
   * The canonical request of SigV4.
   *
   * @param canonicalQuery the query string already in canonical form
   * @param payload the last line: the body's SHA-256 in hex, or {@code UNSIGNED-PAYLOAD}
   */
  static String canonicalRequest(
      String method,
      @Nullable String rawPath,
      String canonicalQuery,
      ServerRequest request,
      List<String> signedHeaders,
      String payload) {
    StringBuilder out = new StringBuilder(512);
    out.append(method).append('\n');
    out.append(canonicalPath(rawPath)).append('\n');
    out.append(canonicalQuery).append('\n');
    for (String name : signedHeaders) {
      out.append(name).append(':');
      List<String> values = request.headerValues(name);
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(values.get(i).trim().replaceAll("\\s+", " "));
      }
      out.append('\n');
    }
    out.append('\n');
    out.append(String.join(";", signedHeaders)).append('\n');
    out.append(payload);
    return out.toString();
  }

  /**
   * Every SigV4 service but S3 encodes the path segments once more: the path on the wire is already
   * encoded, and the canonical form encodes it again (so {@code %2F} becomes {@code %252F}).
   */
  private static String canonicalPath(@Nullable String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    String[] segments = rawPath.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      segments[i] = encode(segments[i]);
    }
    return String.join("/", segments);
  }

  private static String canonicalQuery(@Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String part : rawQuery.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(new String[] {encode(decode(name)), encode(decode(value))});
    }
    pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
    StringBuilder out = new StringBuilder(rawQuery.length() + 16);
    for (String[] pair : pairs) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(pair[0]).append('=').append(pair[1]);
    }
    return out.toString();
  }

  /** RFC 3986 encoding as SigV4 wants it: unreserved characters stay, everything else is %XX. */
  static String encode(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(raw.length + 8);
    for (byte b : raw) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** Percent-decoding without the form rule ({@code +} stays a plus sign, as SigV4 reads it). */
  private static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    byte[] out = new byte[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        int hi = Character.digit(text.charAt(i + 1), 16);
        int lo = Character.digit(text.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out[n++] = (byte) (hi << 4 | lo);
          i += 2;
          continue;
        }
      }
      byte[] chunk = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
      if (n + chunk.length > out.length) {
        out = Arrays.copyOf(out, out.length + chunk.length + 8);
      }
      System.arraycopy(chunk, 0, out, n, chunk.length);
      n += chunk.length;
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private static SqsError incomplete(String problem, String authorization) {
    return new SqsError(
        SqsErrorCode.INCOMPLETE_SIGNATURE, problem + " Authorization=" + authorization);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks SHA-256", e);
    }
  }

  private static byte[] sha256(byte[] data) {
    return sha256Digest().digest(data);
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(bytes(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks HmacSHA256", e);
    }
  }

  /** The parts of {@code AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...}. */
  private static final class Authorization {
    final String credential;
    final List<String> signedHeaders;
    final String signature;

    private Authorization(String credential, List<String> signedHeaders, String signature) {
      this.credential = credential;
      this.signedHeaders = signedHeaders;
      this.signature = signature;
    }

    static Authorization parse(String header) {
      String trimmed = header.trim();
      int space = trimmed.indexOf(' ');
      String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
      if (!ALGORITHM.equals(algorithm)) {
        // Our wording: only SigV4's header form is understood by the fake.
        throw incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'.", header);
      }
      String credential = null;
      String signedHeaders = null;
      String signature = null;
      for (String part : trimmed.substring(space + 1).split(",")) {
        String p = part.trim();
        int eq = p.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = p.substring(0, eq);
        String value = p.substring(eq + 1).trim();
        switch (name) {
          case "Credential" -> credential = value;
          case "SignedHeaders" -> signedHeaders = value;
          case "Signature" -> signature = value;
          default -> {}
        }
      }
      StringBuilder missing = new StringBuilder();
      require(missing, "Credential", credential);
      require(missing, "Signature", signature);
      require(missing, "SignedHeaders", signedHeaders);
      // A null part is always reported missing; the checks after the first only tell NullAway so.
      if (missing.length() > 0
          || credential == null
          || signature == null
          || signedHeaders == null) {
        throw incomplete(missing.toString().trim(), header);
      }
      List<String> names = new ArrayList<>();
      for (String name : signedHeaders.split(";")) {
        names.add(name.toLowerCase(Locale.ROOT));
      }
      return new Authorization(credential, names, signature);
    }

    private static void require(StringBuilder missing, String name, @Nullable String value) {
      if (value == null || value.isEmpty()) {
        missing.append("Authorization header requires '").append(name).append("' parameter. ");
      }
    }
  }
}
