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
package io.sqskit.testing.engine.internal;

import io.sqskit.testing.engine.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The engine's queues and messages as bytes, for a server's state file, and back.
 *
 * <p>Layout: the magic {@code SQSKIT-STATE} and a format version (int), then the engine clock's
 * time when written, the highest queue serial and the queues, each with its settings, tags, FIFO
 * numbering and deduplication window and its messages in arrival order (ids, body, digests, sent
 * time, receives, state with its deadline, attributes, FIFO ids); at the end the length of what
 * came before (long) and its CRC-32 (int). Times are epoch milliseconds of the engine's clock, so a
 * visibility deadline or a delay continues across a restart. Queue serials are kept, so receipt
 * handles given out before a restart still work after it. Version 2 adds each queue's four counters
 * (sent, received, deleted, empty receives) after its messages; a version 1 file reads with the
 * counters at zero. Not kept: move tasks in progress, the ReceiveRequestAttemptId window of FIFO
 * queues, the 60-second waits after DeleteQueue and PurgeQueue of deleted queues, and message
 * histories.
 */
public final class StateCodec {
  /** Format versions this code reads; it writes the last. */
  public static final int VERSION = 2;

  private static final byte[] MAGIC = "SQSKIT-STATE".getBytes(StandardCharsets.US_ASCII);
  private static final int TRAILER_BYTES = 12;

  private StateCodec() {}

  // ---------------------------------------------------------------- writing

  /**
   * Writes every queue of {@code core} to {@code out}, one queue's lock at a time (a snapshot per
   * queue, not across queues: a message moving between two queues meanwhile may be in both or
   * neither). {@code out} is neither buffered nor closed here.
   */
  public static void write(EngineCore core, OutputStream out) throws IOException {
    write(core, out, VERSION);
  }

  /** Like {@link #write(EngineCore, OutputStream)} in an older format version (for tests). */
  static void write(EngineCore core, OutputStream out, int version) throws IOException {
    if (version < 1 || version > VERSION) {
      throw new IllegalArgumentException("no format version " + version);
    }
    CRC32 crc = new CRC32();
    CountingStream counting = new CountingStream(new CheckedOutputStream(out, crc));
    DataOutputStream data = new DataOutputStream(counting);
    data.write(MAGIC);
    data.writeInt(version);
    data.writeLong(core.now());
    List<QueueState> queues = core.allQueues();
    long highest = 0;
    for (QueueState q : queues) {
      highest = Math.max(highest, q.serial);
    }
    data.writeLong(highest);
    data.writeInt(queues.size());
    for (QueueState q : queues) {
      q.lock.lock();
      try {
        writeQueue(data, q, core.now(), version);
      } finally {
        q.lock.unlock();
      }
    }
    data.flush();
    long length = counting.count;
    // The trailer is outside the checksum it carries.
    DataOutputStream trailer = new DataOutputStream(out);
    trailer.writeLong(length);
    trailer.writeInt((int) crc.getValue());
    trailer.flush();
  }

  private static void writeQueue(DataOutputStream out, QueueState q, long now, int version)
      throws IOException {
    q.refresh(now);
    out.writeLong(q.serial);
    writeString(out, q.account);
    writeString(out, q.name);
    writeString(out, q.arn.split(":", -1)[3]); // arn:aws:sqs:<region>:<account>:<name>
    out.writeBoolean(q.fifo);
    out.writeLong(q.createdMillis);
    out.writeLong(q.lastModifiedMillis);
    out.writeLong(q.lastPurgeMillis);
    writeSettings(out, q.settings);
    out.writeInt(q.tags.size());
    for (Map.Entry<String, String> tag : q.tags.entrySet()) {
      writeString(out, tag.getKey());
      writeString(out, tag.getValue());
    }
    FifoOrder fifo = q.fifoOrder;
    if (fifo != null) {
      out.writeLong(fifo.nextSequence());
      Map<String, FifoOrder.Dedup> window = fifo.dedupWindow();
      out.writeInt(window.size());
      for (Map.Entry<String, FifoOrder.Dedup> e : window.entrySet()) {
        FifoOrder.Dedup d = e.getValue();
        writeString(out, e.getKey());
        out.writeLong(d.idHi());
        out.writeLong(d.idLo());
        out.writeLong(d.sequence());
        out.writeLong(d.expires());
      }
    }
    List<StoredMessage> messages = new ArrayList<>(q.visibleCount() + q.inFlightCount());
    q.forEach(messages::add);
    out.writeInt(messages.size());
    for (StoredMessage m : messages) {
      writeMessage(out, m);
    }
    if (version >= 2) {
      out.writeLong(q.sentCount);
      out.writeLong(q.receivedCount);
      out.writeLong(q.deletedCount);
      out.writeLong(q.emptyReceiveCount);
    }
  }

  private static void writeSettings(DataOutputStream out, QueueSettings s) throws IOException {
    out.writeInt(s.delaySeconds);
    out.writeInt(s.maximumMessageSize);
    out.writeInt(s.messageRetentionPeriod);
    out.writeInt(s.receiveMessageWaitTimeSeconds);
    out.writeInt(s.visibilityTimeout);
    writeNullable(out, s.policy);
    writeNullable(out, s.redrivePolicy);
    writeNullable(out, s.deadLetterTargetArn);
    out.writeInt(s.maxReceiveCount);
    writeNullable(out, s.redriveAllowPolicy);
    writeNullable(out, s.kmsMasterKeyId);
    out.writeInt(s.kmsDataKeyReusePeriodSeconds);
    out.writeBoolean(s.sqsManagedSseEnabled);
    out.writeBoolean(s.contentBasedDeduplication);
    writeString(out, s.deduplicationScope);
    writeString(out, s.fifoThroughputLimit);
  }

  private static void writeMessage(DataOutputStream out, StoredMessage m) throws IOException {
    out.writeLong(m.idHi);
    out.writeLong(m.idLo);
    writeString(out, m.body);
    out.writeLong(m.md5Hi);
    out.writeLong(m.md5Lo);
    out.writeLong(m.sentMillis);
    writeString(out, m.senderId);
    out.writeByte(m.state);
    out.writeLong(m.state == StoredMessage.VISIBLE ? 0 : m.due());
    out.writeInt(m.receiveCount);
    out.writeLong(m.firstReceiveMillis());
    out.writeLong(m.lastReceiveMillis());
    StoredMessage.Extras e = m.extras;
    out.writeBoolean(e != null);
    if (e == null) {
      return;
    }
    SortedMap<String, AttributeValue> attributes = e.attributes;
    out.writeInt(attributes == null ? -1 : attributes.size());
    if (attributes != null) {
      for (Map.Entry<String, AttributeValue> a : attributes.entrySet()) {
        AttributeValue v = a.getValue();
        writeString(out, a.getKey());
        writeString(out, v.dataType());
        writeNullable(out, v.stringValue());
        byte[] binary = v.binaryValue();
        out.writeInt(binary == null ? -1 : binary.length);
        if (binary != null) {
          out.write(binary);
        }
      }
    }
    writeNullable(out, e.attributesMd5);
    writeNullable(out, e.traceHeader);
    writeNullable(out, e.groupId);
    writeNullable(out, e.dedupId);
    out.writeLong(e.sequence);
    writeNullable(out, e.deadLetterSourceArn);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static void writeNullable(DataOutputStream out, @Nullable String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
    } else {
      writeString(out, s);
    }
  }

  /** Counts the bytes written, for the trailer. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a state written by {@link #write} into {@code core}, which must hold no queue yet. The
   * whole input is checked (magic, version, length, checksum) before anything is added, so a file
   * that cannot be read leaves the engine empty.
   *
   * @return the number of messages read
   * @throws UnreadableStateException when the bytes are not a complete state of a known version
   */
  public static long read(EngineCore core, InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    check(bytes);
    if (!core.allQueues().isEmpty()) {
      throw new IllegalStateException("a state is read into an engine without queues");
    }
    DataInputStream data =
        new DataInputStream(
            new ByteArrayInputStream(
                bytes, MAGIC.length + 4, bytes.length - TRAILER_BYTES - MAGIC.length - 4));
    try {
      return readBody(core, data, readInt(bytes, MAGIC.length));
    } catch (EOFException | IllegalArgumentException e) {
      // The checksum matched, so only a writer's bug gets here.
      throw new UnreadableStateException("its content does not parse: " + e, e);
    }
  }

  /** Checks magic, version, trailer length and checksum. */
  private static void check(byte[] bytes) {
    if (bytes.length < MAGIC.length + 4) {
      throw new UnreadableStateException(
          bytes.length == 0
              ? "it is empty"
              : "it is not a sqskit state file (too short: " + bytes.length + " bytes)");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes[i] != MAGIC[i]) {
        throw new UnreadableStateException(
            "it is not a sqskit state file (no SQSKIT-STATE header)");
      }
    }
    int version = readInt(bytes, MAGIC.length);
    if (version < 1 || version > VERSION) {
      throw new UnreadableStateException(
          "its format version is "
              + version
              + ", this sqskit reads version "
              + VERSION
              + (version > VERSION ? " (written by a newer sqskit)" : ""));
    }
    if (bytes.length < MAGIC.length + 4 + TRAILER_BYTES) {
      throw new UnreadableStateException("it is truncated (" + bytes.length + " bytes)");
    }
    int body = bytes.length - TRAILER_BYTES;
    long length = readLong(bytes, body);
    if (length != body) {
      throw new UnreadableStateException(
          "it is truncated or has bytes added ("
              + bytes.length
              + " bytes, the trailer expects "
              + (length + TRAILER_BYTES)
              + ")");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, body);
    if ((int) crc.getValue() != readInt(bytes, body + 8)) {
      throw new UnreadableStateException("its checksum does not match (the file is damaged)");
    }
  }

  private static long readBody(EngineCore core, DataInputStream in, int version)
      throws IOException {
    long savedAt = in.readLong();
    if (core.clock instanceof ManualClock manual && manual.millis() < savedAt) {
      // A virtual clock resumes where it stood, so deadlines keep their distance.
      manual.set(Instant.ofEpochMilli(savedAt));
    }
    core.serialAtLeast(in.readLong());
    long now = core.now();
    int queues = count(in);
    Map<String, String> senders = new HashMap<>();
    long messages = 0;
    for (int i = 0; i < queues; i++) {
      messages += readQueue(core, in, now, senders, version);
    }
    if (in.available() != 0) {
      throw new IllegalArgumentException(in.available() + " bytes left after the last queue");
    }
    return messages;
  }

  private static long readQueue(
      EngineCore core, DataInputStream in, long now, Map<String, String> senders, int version)
      throws IOException {
    long serial = in.readLong();
    String account = readString(in);
    String name = readString(in);
    String region = readString(in);
    boolean fifo = in.readBoolean();
    long created = in.readLong();
    long modified = in.readLong();
    long purged = in.readLong();
    QueueSettings settings = readSettings(in, fifo);
    QueueState q =
        new QueueState(serial, account, name, region, settings, created, core.recordHistory);
    q.lastModifiedMillis = modified;
    q.lastPurgeMillis = purged;
    int tags = count(in);
    for (int i = 0; i < tags; i++) {
      q.tags.put(readString(in), readString(in));
    }
    FifoOrder order = q.fifoOrder;
    long nextSequence = 0;
    if (order != null) {
      nextSequence = in.readLong();
      int window = count(in);
      for (int i = 0; i < window; i++) {
        String key = readString(in);
        order.remember(
            key, new FifoOrder.Dedup(in.readLong(), in.readLong(), in.readLong(), in.readLong()));
      }
    }
    int messages = count(in);
    q.lock.lock();
    try {
      for (int i = 0; i < messages; i++) {
        readMessage(in, q, now, senders);
      }
      if (order != null) {
        order.nextSequence(nextSequence);
      }
      if (version >= 2) {
        // after the messages: adding them above counted nothing, these are the saved counts
        q.sentCount = in.readLong();
        q.receivedCount = in.readLong();
        q.deletedCount = in.readLong();
        q.emptyReceiveCount = in.readLong();
      }
    } finally {
      q.lock.unlock();
    }
    core.serialAtLeast(serial);
    core.queuesOf(account, region).put(name, q);
    return messages;
  }

  private static QueueSettings readSettings(DataInputStream in, boolean fifo) throws IOException {
    QueueSettings s = new QueueSettings(fifo);
    s.delaySeconds = in.readInt();
    s.maximumMessageSize = in.readInt();
    s.messageRetentionPeriod = in.readInt();
    s.receiveMessageWaitTimeSeconds = in.readInt();
    s.visibilityTimeout = in.readInt();
    s.policy = readNullable(in);
    s.redrivePolicy = readNullable(in);
    s.deadLetterTargetArn = readNullable(in);
    s.maxReceiveCount = in.readInt();
    s.redriveAllowPolicy = readNullable(in);
    s.kmsMasterKeyId = readNullable(in);
    s.kmsDataKeyReusePeriodSeconds = in.readInt();
    s.sqsManagedSseEnabled = in.readBoolean();
    s.contentBasedDeduplication = in.readBoolean();
    s.deduplicationScope = readString(in);
    s.fifoThroughputLimit = readString(in);
    return s;
  }

  private static void readMessage(
      DataInputStream in, QueueState q, long now, Map<String, String> senders) throws IOException {
    long idHi = in.readLong();
    long idLo = in.readLong();
    String body = readString(in);
    byte[] md5 = new byte[16];
    in.readFully(md5); // the two longs written, big-endian, as StoredMessage splits them
    long sent = in.readLong();
    String sender = senders.computeIfAbsent(readString(in), k -> k);
    byte state = in.readByte();
    long due = in.readLong();
    int receives = in.readInt();
    long firstReceive = in.readLong();
    long lastReceive = in.readLong();
    StoredMessage.Extras extras = in.readBoolean() ? readExtras(in) : null;
    StoredMessage m = new StoredMessage(idHi, idLo, body, md5, sent, sender, extras);
    m.restoreReceives(receives, firstReceive, lastReceive);
    long sequence = extras == null ? 0 : extras.sequence;
    switch (state) {
      case StoredMessage.VISIBLE -> q.add(m, 0, now);
      case StoredMessage.DELAYED -> q.add(m, Math.max(0, due - now), now);
      case StoredMessage.IN_FLIGHT -> {
        q.add(m, 0, now);
        if (due > now) {
          q.changeVisibility(m, due);
        }
      }
      default -> throw new IllegalArgumentException("message state " + state);
    }
    if (extras != null) {
      extras.sequence = sequence; // adding numbered it as a new message
    }
  }

  private static StoredMessage.Extras readExtras(DataInputStream in) throws IOException {
    int count = in.readInt();
    SortedMap<String, AttributeValue> attributes = null;
    if (count >= 0) {
      attributes = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        String key = readString(in);
        String type = readString(in);
        String text = readNullable(in);
        int length = in.readInt();
        byte[] binary = null;
        if (length >= 0) {
          binary = new byte[bounded(in, length)];
          in.readFully(binary);
        }
        attributes.put(key, new AttributeValue(type, text, binary));
      }
    }
    StoredMessage.Extras e =
        new StoredMessage.Extras(
            attributes, readNullable(in), readNullable(in), readNullable(in), readNullable(in));
    e.sequence = in.readLong();
    e.deadLetterSourceArn = readNullable(in);
    return e;
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IllegalArgumentException("negative count " + n);
    }
    return n;
  }

  /** A length that fits in what is left, so a bad one fails instead of allocating gigabytes. */
  private static int bounded(DataInputStream in, int length) throws IOException {
    if (length < 0 || length > in.available()) {
      throw new IllegalArgumentException("length " + length + " past the end");
    }
    return length;
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[bounded(in, in.readInt())];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static @Nullable String readNullable(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    byte[] bytes = new byte[bounded(in, length)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24
        | (b[at + 1] & 0xff) << 16
        | (b[at + 2] & 0xff) << 8
        | (b[at + 3] & 0xff);
  }

  private static long readLong(byte[] b, int at) {
    return (long) readInt(b, at) << 32 | (readInt(b, at + 4) & 0xffffffffL);
  }
}
