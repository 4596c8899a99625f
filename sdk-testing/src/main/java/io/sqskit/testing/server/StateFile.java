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

import io.sqskit.testing.engine.SqsEngine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A server's state file ({@code --state}): read once before the server answers, written every
 * interval when a call may have changed something since the last write, and once more, last, when
 * the server stops. A write goes to a temporary file in the same directory, is forced to disk, then
 * renamed over the old file, so a crash at any moment leaves either the previous state or the new
 * one, never a part of one. A file that cannot be read stops the start and is never written over.
 */
final class StateFile {
  private final Path file;
  private final Duration interval;
  private final SqsEngine engine;
  private final PrintStream errors;
  private @Nullable ScheduledThreadPoolExecutor timer;
  private boolean finished;

  /** {@link SqsEngine#changes()} when the file last matched the engine; MIN_VALUE: never. */
  private long written = Long.MIN_VALUE;

  StateFile(Path file, Duration interval, SqsEngine engine, PrintStream errors) {
    this.file = file.toAbsolutePath();
    this.interval = interval;
    this.engine = engine;
    this.errors = errors;
  }

  Path path() {
    return file;
  }

  /**
   * Reads the file into the engine when it exists.
   *
   * @return the number of messages read, or -1 when there was no file
   * @throws IllegalStateException when the file cannot be read or its directory does not exist,
   *     with a message naming the file and what is wrong with it
   */
  long load() {
    Path dir = file.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "cannot use the state file " + file + ": its directory " + dir + " does not exist");
    }
    try (InputStream in = Files.newInputStream(file)) {
      long read = engine.readState(in);
      synchronized (this) {
        written = engine.changes();
      }
      return read;
    } catch (NoSuchFileException e) {
      return -1;
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw unreadable(e.getMessage());
    }
  }

  private IllegalStateException unreadable(@Nullable String why) {
    return new IllegalStateException(
        "cannot start from the state file "
            + file
            + ": "
            + why
            + ". The file is left as it is: move it away (or give another --state) to start"
            + " without it.");
  }

  /** Writes the state every interval from now on (none for a zero interval). */
  synchronized void start() {
    if (interval.isZero() || finished) {
      return;
    }
    ScheduledThreadPoolExecutor t =
        new ScheduledThreadPoolExecutor(1, new SqsServer.DaemonThreads("sqskit-state-"));
    long millis = interval.toMillis();
    // The task reports its own failures, so the future has nothing to tell.
    var unused =
        t.scheduleWithFixedDelay(new Periodic(this), millis, millis, TimeUnit.MILLISECONDS);
    timer = t;
  }

  /** The timer's task; a class rather than a lambda for the start-up reason of DaemonThreads. */
  private static final class Periodic implements Runnable {
    private final StateFile state;

    Periodic(StateFile state) {
      this.state = state;
    }

    @Override
    public void run() {
      if (state.changed()) {
        state.writeQuietly(false);
      }
    }
  }

  /** Whether a call may have changed the engine since the file last matched it. */
  synchronized boolean changed() {
    return engine.changes() != written;
  }

  /** The last write: stops the timer (waiting for a write in progress), then writes once more. */
  void finish() {
    ScheduledThreadPoolExecutor t;
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
      t = timer;
    }
    if (t != null) {
      t.shutdownNow();
      try {
        t.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    writeQuietly(true);
  }

  /** Writes, reporting a failure on the error stream (the previous file stays). */
  private void writeQuietly(boolean last) {
    synchronized (this) {
      if (finished && !last) {
        return;
      }
    }
    try {
      write();
    } catch (IOException | RuntimeException e) {
      errors.println(
          "sqskit: cannot write the state file " + file + " (the previous one stays): " + e);
      errors.flush();
    }
  }

  /** Writes the engine's state to a temporary file, forces it to disk and renames it. */
  synchronized void write() throws IOException {
    // Read before writing: a change during the write makes the next periodic write happen.
    long changes = engine.changes();
    // Non-null: the path is absolute and load() checked its directory.
    Path dir = Objects.requireNonNull(file.getParent());
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        engine.writeState(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(dir);
      written = changes;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes the rename itself durable; not possible on every platform, where it is skipped. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory as a channel; the rename is durable on its own there.
    }
  }
}
