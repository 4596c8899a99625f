package io.sqskit.internal.checksum;

/**
 * Pure-Java MD5 (RFC 1321), so checksums also work on FIPS JVMs where MessageDigest refuses MD5.
 * STUB: the real implementation replaces this file; the signatures are the contract.
 */
public final class Md5 {
  private Md5() {}

  /** The 16-byte digest of {@code data}. */
  public static byte[] digest(byte[] data) {
    throw new UnsupportedOperationException("stub");
  }

  /** Lowercase hex MD5 of {@code data}. */
  public static String hex(byte[] data) {
    throw new UnsupportedOperationException("stub");
  }

  /** Lowercase hex MD5 of the UTF-8 bytes of {@code text} (SQS's MD5OfMessageBody). */
  public static String ofText(String text) {
    throw new UnsupportedOperationException("stub");
  }
}
