package io.sqskit.internal.protocol.xml;

/** Lets tests in other packages load the XML fixtures. */
public final class QueryResponseReaderTestAccess {
  private QueryResponseReaderTestAccess() {}

  public static byte[] fixture(String name) {
    return QueryResponseReaderTest.fixture(name);
  }
}
