package io.sqskit.internal.checksum;

import java.util.Collection;

/**
 * SQS's MD5OfMessageAttributes / MD5OfMessageSystemAttributes encoding. STUB: the real
 * implementation replaces this file; the signatures are the contract.
 */
public final class AttributesMd5 {
  private AttributesMd5() {}

  /**
   * One attribute as the checksum sees it.
   *
   * @param name attribute name
   * @param dataType full data type, e.g. {@code Number.float}
   * @param stringValue the value of String and Number types, else null
   * @param binaryValue the value of Binary types, else null
   */
  public record Entry(String name, String dataType, String stringValue, byte[] binaryValue) {}

  /** Lowercase hex MD5 over the entries sorted by name; null when there are none. */
  public static String of(Collection<Entry> entries) {
    throw new UnsupportedOperationException("stub");
  }
}
