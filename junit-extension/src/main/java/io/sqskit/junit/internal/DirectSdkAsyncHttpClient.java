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
package io.sqskit.junit.internal;

import io.sqskit.testing.server.DirectCalls;
import io.sqskit.testing.server.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * The AWS SDK for Java v2's asynchronous HTTP client for {@code Transport.IN_JVM}: collects the
 * request body, answers it through the fake's {@link DirectCalls} on a thread of its own (a long
 * poll blocks that thread, never the SDK's), and publishes the answer as one buffer. Calls time out
 * after 30 s without an answer, as {@link DirectSdkHttpClient}'s do.
 */
public final class DirectSdkAsyncHttpClient implements SdkAsyncHttpClient {

  private final DirectCalls calls;

  /** One thread per call in progress, as the fake's HTTP server has; idle ones end after 60 s. */
  private final ExecutorService threads;

  /** A client whose requests go to {@code calls}. */
  public DirectSdkAsyncHttpClient(DirectCalls calls) {
    this.calls = calls;
    AtomicInteger count = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "sqskit-in-jvm-async-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    request
        .requestContentPublisher()
        .subscribe(
            new Collector(
                body -> {
                  try {
                    threads.execute(() -> answer(request, body, done));
                  } catch (RuntimeException e) { // rejected: the backend is closing
                    fail(request.responseHandler(), done, e);
                  }
                },
                e -> fail(request.responseHandler(), done, e)));
    return done;
  }

  private void answer(AsyncExecuteRequest request, byte[] body, CompletableFuture<Void> done) {
    SdkAsyncHttpResponseHandler handler = request.responseHandler();
    ServerResponse answer;
    try {
      answer =
          calls.call(
              DirectSdkHttpClient.serverRequest(request.request(), body),
              DirectSdkHttpClient.READ_TIMEOUT);
    } catch (Exception e) {
      fail(handler, done, e);
      return;
    }
    handler.onHeaders(DirectSdkHttpClient.sdkResponse(answer));
    handler.onStream(new OneBuffer(ByteBuffer.wrap(answer.body()), done));
  }

  private static void fail(
      SdkAsyncHttpResponseHandler handler, CompletableFuture<Void> done, Throwable e) {
    handler.onError(e);
    done.completeExceptionally(e);
  }

  @Override
  public String clientName() {
    return "sqskit-in-jvm";
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }

  /** Reads a request body publisher to its end. */
  private static final class Collector implements Subscriber<ByteBuffer> {
    private final java.util.function.Consumer<byte[]> onBody;
    private final java.util.function.Consumer<Throwable> onError;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Collector(
        java.util.function.Consumer<byte[]> onBody,
        java.util.function.Consumer<Throwable> onError) {
      this.onBody = onBody;
      this.onError = onError;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer buffer) {
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }

    @Override
    public void onError(Throwable error) {
      onError.accept(error);
    }

    @Override
    public void onComplete() {
      onBody.accept(bytes.toByteArray());
    }
  }

  /** A response body of one buffer; the call is done when its subscriber has it all. */
  private static final class OneBuffer implements Publisher<ByteBuffer> {
    private final ByteBuffer body;
    private final CompletableFuture<Void> done;

    OneBuffer(ByteBuffer body, CompletableFuture<Void> done) {
      this.body = body;
      this.done = done;
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
      subscriber.onSubscribe(
          new Subscription() {
            private boolean sent;

            @Override
            public void request(long n) {
              synchronized (this) {
                if (sent || n <= 0) {
                  return;
                }
                sent = true;
              }
              if (body.hasRemaining()) {
                subscriber.onNext(body);
              }
              subscriber.onComplete();
              done.complete(null);
            }

            @Override
            public void cancel() {
              done.complete(null);
            }
          });
    }
  }
}
