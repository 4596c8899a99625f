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
package io.sqskit.internal.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MD5 paths on the receive hot path allocate a fixed, small amount per call, however large the
 * input: no per-block buffers and no UTF-8 copy of the text. Measured with the JVM's per-thread
 * allocation counter; skipped where the JVM does not offer it.
 */
class Md5AllocationTest {
  private static final int CALLS = 2_000;
  private static final String LARGE_TEXT =
      "h\u00e9llo w\u00f6rld \u20ac ".repeat(8_000); // ~150 KB of UTF-8

  private static com.sun.management.ThreadMXBean threads;

  @BeforeAll
  static void counter() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        bean instanceof com.sun.management.ThreadMXBean sun
            && sun.isThreadAllocatedMemorySupported()
            && sun.isThreadAllocatedMemoryEnabled(),
        "per-thread allocation counter not available");
    threads = (com.sun.management.ThreadMXBean) bean;
  }

  private static long allocatedBy(Runnable work) {
    long id = Thread.currentThread().getId();
    work.run(); // warm up: class loading and first-call costs are not the steady state
    long before = threads.getThreadAllocatedBytes(id);
    work.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }

  @Test
  void reusedHasherFeedsBytesIntsAndTextWithoutAllocating() {
    Md5.Hasher hasher = new Md5.Hasher();
    byte[] data = new byte[4_096];
    long bytes =
        allocatedBy(
            () -> {
              for (int i = 0; i < CALLS; i++) {
                hasher
                    .reset()
                    .update(data, 0, data.length)
                    .updateInt(i)
                    .updateUtf8("k\u00e9y-" + 'x');
              }
            });

    // a few hundred bytes of slack for the measurement itself; feeding allocates nothing
    assertThat(bytes).isLessThan(1_024);
  }

  /** Bytes allocated per call of {@code checksum} on {@link #LARGE_TEXT}, over 50 calls. */
  private static long perCall(java.util.function.Consumer<String> checksum) {
    return allocatedBy(
            () -> {
              for (int i = 0; i < 50; i++) {
                checksum.accept(LARGE_TEXT);
              }
            })
        / 50;
  }

  @Test
  void bodyChecksumDoesNotCopyTheText() {
    // String.getBytes would allocate ~150 KB per call; the streaming hash keeps to its own state
    // (a per-thread chunk buffer, the 16-byte digest) and the 32-character result
    assertThat(perCall(Md5::ofText)).isLessThan(512);
  }

  @Test
  void pureJavaBodyChecksumDoesNotCopyTheText() {
    assertThat(perCall(Md5::pureJavaOfText)).isLessThan(512);
  }

  @Test
  void attributeChecksumAllocationDoesNotGrowWithValues() {
    List<AttributesMd5.Entry> entries =
        List.of(
            new AttributesMd5.Entry("payload", "String", LARGE_TEXT, null),
            new AttributesMd5.Entry("bin", "Binary", null, new byte[100_000]),
            new AttributesMd5.Entry("n", "Number", "42", null));
    long perCall =
        allocatedBy(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    AttributesMd5.of(entries);
                  }
                })
            / 50;

    assertThat(perCall).isLessThan(1_024);
  }
}
