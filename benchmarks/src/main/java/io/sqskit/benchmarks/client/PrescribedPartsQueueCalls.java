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
package io.sqskit.benchmarks.client;

import com.ctc.wstx.stax.WstxInputFactory;
import io.sqskit.benchmarks.support.Payloads;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * A lower bound, not a client: the same two calls made with only the parts that issue 2 prescribes
 * for sqskit's client, the AWS signer, Apache HttpClient 5 and Woodstox (Jackson XML's parser),
 * plus the JDK's MD5, and nothing of sqskit's.
 *
 * <p>Every call signs a form body built once at start, sends it, reads the answer, walks every XML
 * event of it with Woodstox and checks the MD5 of each message body, as every SQS client must. It
 * skips what a real client also does: typed requests and responses, form encoding per call,
 * validation, retries, the attribute checksums. Whatever this reaches against the AWS SDK is more
 * than any client built on these parts can reach.
 */
public final class PrescribedPartsQueueCalls implements QueueCalls {
  /** The contender's name in reports. */
  public static final String NAME = "prescribed-parts";

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
  private static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private final URI queueUrl;
  private final AwsCredentialsIdentity credentials =
      AwsCredentialsIdentity.create("AKIDEXAMPLE", "secret");
  private final PoolingHttpClientConnectionManager pool =
      PoolingHttpClientConnectionManagerBuilder.create()
          .setMaxConnTotal(32)
          .setMaxConnPerRoute(32)
          .build();
  private final CloseableHttpClient http = HttpClients.createMinimal(pool);
  private final XMLInputFactory xml = new WstxInputFactory();
  private final byte[] sendForm;
  private final byte[] receiveForm;
  private final byte[] sentBody = Payloads.body().getBytes(StandardCharsets.UTF_8);
  private final ThreadLocal<MessageDigest> md5 =
      ThreadLocal.withInitial(PrescribedPartsQueueCalls::digest);

  /** Calls for {@code queueUrl}, which is on the fixture's endpoint. */
  public PrescribedPartsQueueCalls(String queueUrl) {
    this.queueUrl = URI.create(queueUrl);
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    String queue = URLEncoder.encode(queueUrl, StandardCharsets.UTF_8);
    this.sendForm =
        ("Action=SendMessage&QueueUrl="
                + queue
                + "&MessageBody="
                + URLEncoder.encode(Payloads.body(), StandardCharsets.UTF_8)
                + "&Version=2012-11-05")
            .getBytes(StandardCharsets.UTF_8);
    this.receiveForm =
        ("Action=ReceiveMessage&QueueUrl="
                + queue
                + "&MaxNumberOfMessages=10&WaitTimeSeconds=0&MessageSystemAttributeName.1=All"
                + "&MessageAttributeName.1=All&Version=2012-11-05")
            .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void send() {
    Walk walk = walk(post(sendForm));
    if (walk.messageIds != 1 || !walk.sendMd5.equals(md5(sentBody))) {
      throw new IllegalStateException("SendMessage answer without its id or with a wrong MD5");
    }
  }

  @Override
  public int receive() {
    return walk(post(receiveForm)).bodies;
  }

  private byte[] post(byte[] form) {
    SdkHttpRequest unsigned =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(queueUrl)
            .putHeader("Content-Type", CONTENT_TYPE)
            .build();
    Map<String, List<String>> headers =
        SIGNER
            .sign(
                r ->
                    r.identity(credentials)
                        .request(unsigned)
                        .payload(ContentStreamProvider.fromByteArrayUnsafe(form))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sqs")
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.systemUTC()))
            .request()
            .headers();
    HttpPost post = new HttpPost(queueUrl);
    headers.forEach(
        (name, values) -> {
          if (!name.equalsIgnoreCase("Host")) {
            post.addHeader(name, values.get(0));
          }
        });
    post.setEntity(new ByteArrayEntity(form, null));
    try {
      return http.execute(
          post,
          response -> {
            if (response.getCode() != 200) {
              throw new IOException("HTTP " + response.getCode());
            }
            return EntityUtils.toByteArray(response.getEntity());
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one pass over an answer found. */
  private static final class Walk {
    int messageIds;
    int bodies;
    String sendMd5 = "";
  }

  /**
   * Walks every event of {@code answer}; checks each message's {@code Body} against its {@code
   * MD5OfBody}.
   */
  private Walk walk(byte[] answer) {
    Walk walk = new Walk();
    try {
      XMLStreamReader reader = xml.createXMLStreamReader(new ByteArrayInputStream(answer));
      String bodyMd5 = null;
      String expectedMd5 = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("Message")) {
          if (bodyMd5 == null || !bodyMd5.equals(expectedMd5)) {
            throw new IllegalStateException("MD5OfBody does not match the body");
          }
          walk.bodies++;
          bodyMd5 = null;
          expectedMd5 = null;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (reader.getLocalName()) {
          case "MessageId" -> {
            walk.messageIds++;
            reader.getElementText();
          }
          case "MD5OfMessageBody" -> walk.sendMd5 = reader.getElementText();
          case "Body" -> bodyMd5 = md5(reader.getElementText().getBytes(StandardCharsets.UTF_8));
          case "MD5OfBody" -> expectedMd5 = reader.getElementText();
          default -> {
            // every other element is read by the loop, event by event
          }
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("unreadable answer", e);
    }
    return walk;
  }

  private String md5(byte[] bytes) {
    return HexFormat.of().formatHex(md5.get().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    http.close(CloseMode.GRACEFUL);
    pool.close(CloseMode.GRACEFUL);
  }
}
