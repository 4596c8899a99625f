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
package io.sqskit.internal;

import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import io.sqskit.transport.HttpTransport;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One transport shared by a client and the clients derived from it with {@code toBuilder()}: each
 * client holds a {@link #handle()}, and the transport closes when the last handle does.
 */
final class SharedTransport {
  private final HttpTransport delegate;
  private final boolean owned;
  private final AtomicInteger holders = new AtomicInteger();

  /**
   * @param delegate the transport
   * @param owned whether closing the last handle closes it (false for a transport the user gave)
   */
  SharedTransport(HttpTransport delegate, boolean owned) {
    this.delegate = delegate;
    this.owned = owned;
  }

  /** A new handle, or null when every earlier handle is closed and so is the transport. */
  @Nullable HttpTransport handle() {
    int count;
    do {
      count = holders.get();
      if (count < 0) {
        return null;
      }
    } while (!holders.compareAndSet(count, count + 1));
    return new Handle();
  }

  /** The first handle of a new transport. */
  HttpTransport firstHandle() {
    holders.set(1);
    return new Handle();
  }

  private void release() {
    if (holders.decrementAndGet() == 0 && holders.compareAndSet(0, -1) && owned) {
      delegate.close();
    }
  }

  /** One client's share; closing it twice releases once. */
  final class Handle implements HttpTransport {
    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public HttpResponse execute(HttpRequest request) throws IOException {
      if (closed.get()) {
        throw new IllegalStateException("the client is closed");
      }
      return delegate.execute(request);
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        release();
      }
    }

    SharedTransport shared() {
      return SharedTransport.this;
    }
  }
}
