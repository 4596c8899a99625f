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
package io.sqskit.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a paginated call, fetched by following {@code NextToken}.
 *
 * <p>Building a paginator sends nothing. Each {@link #iterator()} (and so each {@link #stream()},
 * {@link #items()} or for-each loop) starts again with the first page (the request's own token, if
 * it has one) and sends that call when the iterator is created. Calls are made one page ahead:
 * {@link Iterator#next()} requests the following page, unless the current one has no token, before
 * it returns the current one, so stopping after page n has made n + 1 calls unless page n is the
 * last. A failed call throws its exception from {@code iterator()} or {@code next()}. {@link
 * #items()} flattens the pages into their items.
 *
 * <pre>{@code
 * List<String> urls = client.listQueuesPaginator(r -> r.queueNamePrefix("orders")).items().toList();
 * }</pre>
 *
 * @param <P> the page (response) type
 * @param <T> the item type
 * @since 0.1
 */
public final class Paginator<P, T> implements Iterable<P> {
  private final Function<@Nullable String, P> fetch;
  private final Function<P, @Nullable String> nextToken;
  private final Function<P, List<T>> items;

  /**
   * @param fetch requests one page given its token (null for the first page)
   * @param nextToken reads the token of the following page, null or empty on the last page
   * @param items reads a page's items
   */
  public Paginator(
      Function<@Nullable String, P> fetch,
      Function<P, @Nullable String> nextToken,
      Function<P, List<T>> items) {
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.nextToken = Objects.requireNonNull(nextToken, "nextToken");
    this.items = Objects.requireNonNull(items, "items");
  }

  @Override
  public Iterator<P> iterator() {
    return new Iterator<>() {
      private @Nullable P next = fetch.apply(null);
      private boolean last;

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public P next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        P page = next;
        String token = nextToken.apply(page);
        last = token == null || token.isEmpty();
        next = last ? null : fetch.apply(token);
        return page;
      }
    };
  }

  /** {@return the pages as a sequential stream} */
  public Stream<P> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** {@return the items of every page, in order} */
  public Stream<T> items() {
    return stream().flatMap(page -> items.apply(page).stream());
  }
}
