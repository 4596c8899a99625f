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

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A server's front without a socket: hands request bytes to the same handling the HTTP front uses
 * (protocol codecs, signature checks, fault rules, peek door, engine) and returns the answer's
 * bytes, on the calling thread. What a test client's transport plugs into to reach the fake with no
 * port, no connection and no HTTP parsing, as WireMock's {@code DirectCallHttpServer} does.
 *
 * <pre>{@code
 * SqsServer server = SqsServer.builder().build(); // start() is not needed for direct calls
 * ServerResponse answer =
 *     server.directCalls().call(new ServerRequest("POST", "/", null, headers, body), timeout);
 * }</pre>
 *
 * <p>A long poll blocks the calling thread until it is answered, as it holds a connection over
 * HTTP. What a socket would turn into an I/O error is one here too: an answer dropped by a fault
 * rule, no answer within the timeout, a closed server. Thread-safe.
 *
 * @since 0.1
 */
public final class DirectCalls {

  private final Front front;
  private final Set<Call> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;
  private volatile @Nullable ScheduledThreadPoolExecutor watchdogs;

  DirectCalls(Front front) {
    this.front = front;
  }

  /**
   * Answers one request, waiting as long as it takes.
   *
   * @param request the request, as a client would send it over HTTP
   * @return the answer, as the HTTP front would write it
   * @throws IOException when no answer comes: a fault rule drops the connection, or the server is
   *     or gets closed
   */
  public ServerResponse call(ServerRequest request) throws IOException {
    return call(request, null);
  }

  /**
   * Answers one request, or gives up after {@code timeout} as a client's socket read timeout does
   * (the call is interrupted: a long poll ends, a fault rule's latency is cut short).
   *
   * @param request the request, as a client would send it over HTTP
   * @param timeout the most the call may take, or null for no bound
   * @return the answer, as the HTTP front would write it
   * @throws SocketTimeoutException when no answer came within {@code timeout}
   * @throws IOException when no answer comes: a fault rule drops the connection, or the server is
   *     or gets closed
   */
  public ServerResponse call(ServerRequest request, @Nullable Duration timeout) throws IOException {
    Objects.requireNonNull(request, "request");
    if (closed) {
      throw new ConnectException("Connection refused: the SqsServer is closed");
    }
    Call call = new Call(Thread.currentThread());
    pending.add(call);
    ScheduledFuture<?> watchdog = null;
    try {
      if (closed) { // closed between the check and the registration: close() may have missed it
        throw new ConnectException("Connection refused: the SqsServer is closed");
      }
      if (timeout != null) {
        watchdog = watchdogs().schedule(call, timeout.toNanos(), TimeUnit.NANOSECONDS);
      }
      ServerResponse response;
      try {
        response = front.handle(request);
      } catch (DroppedConnection e) {
        response = null;
      } catch (RuntimeException | Error e) {
        call.finish(); // not expected (handlers answer every failure), but clear the interrupt
        throw e;
      }
      String ended = call.finish();
      if (ended != null) {
        throw ended.equals(Call.TIMED_OUT)
            ? new SocketTimeoutException("Read timed out after " + timeout + " (direct call)")
            : new SocketException("Connection reset: the SqsServer closed during the call");
      }
      if (response == null) {
        throw new SocketException("Connection reset: the fake dropped the connection (fault rule)");
      }
      return response;
    } finally {
      pending.remove(call);
      if (watchdog != null) {
        watchdog.cancel(false);
      }
    }
  }

  /** Ends calls in progress with an I/O error, and refuses new ones. */
  void close() {
    closed = true;
    for (Call call : pending) {
      call.end(Call.CLOSED);
    }
    ScheduledThreadPoolExecutor pool = watchdogs;
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private ScheduledThreadPoolExecutor watchdogs() {
    ScheduledThreadPoolExecutor pool = watchdogs;
    if (pool == null) {
      synchronized (this) {
        pool = watchdogs;
        if (pool == null) {
          pool = new ScheduledThreadPoolExecutor(1, new SqsServer.DaemonThreads("sqskit-direct-"));
          pool.setRemoveOnCancelPolicy(true);
          watchdogs = pool;
        }
      }
    }
    return pool;
  }

  /**
   * One call in progress: ending it interrupts its thread (which ends a long poll or a fault rule's
   * sleep), and the caller then learns why, with the interrupt cleared again.
   */
  private static final class Call implements Runnable {
    static final String TIMED_OUT = "timed out";
    static final String CLOSED = "closed";

    private final Thread thread;
    private @Nullable String ended;
    private boolean finished;

    Call(Thread thread) {
      this.thread = thread;
    }

    /** The watchdog: the timeout passed. */
    @Override
    public void run() {
      end(TIMED_OUT);
    }

    synchronized void end(String why) {
      if (!finished && ended == null) {
        ended = why;
        thread.interrupt();
      }
    }

    /** Called by the calling thread when the front returned: why it was ended, or null. */
    synchronized @Nullable String finish() {
      finished = true;
      if (ended != null) {
        // The interrupt was for this call only; the caller's thread must not keep it.
        Thread.interrupted();
      }
      return ended;
    }
  }
}
