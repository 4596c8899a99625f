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
package io.sqskit.samples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order as it travels on the queue: {@code order=o-1;customer=c-7;amount=1250} (amount in
 * cents).
 *
 * @param id the order id, also the FIFO deduplication id
 * @param customerId the customer, also the FIFO message group
 * @param amountCents what to charge, in cents
 */
public record Order(String id, String customerId, long amountCents) {

  /** Checks the fields: ids non-blank without {@code ;} or {@code =}, amount positive. */
  public Order {
    id = requireToken(id, "id");
    customerId = requireToken(customerId, "customerId");
    if (amountCents <= 0) {
      throw new IllegalArgumentException("amountCents must be positive but was " + amountCents);
    }
  }

  /** The message body. */
  public String toBody() {
    return "order=" + id + ";customer=" + customerId + ";amount=" + amountCents;
  }

  /**
   * Reads a message body.
   *
   * @throws MalformedOrderException when the body is not an order, or there is none
   */
  public static Order fromBody(@Nullable String body) {
    if (body == null) {
      throw new MalformedOrderException("not an order: no body");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : body.split(";", -1)) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new MalformedOrderException("not an order: " + abbreviate(body));
      }
      fields.put(part.substring(0, eq), part.substring(eq + 1));
    }
    String id = fields.get("order");
    String customerId = fields.get("customer");
    String amount = fields.get("amount");
    if (fields.size() != 3 || id == null || customerId == null || amount == null) {
      throw new MalformedOrderException("not an order: " + abbreviate(body));
    }
    try {
      return new Order(id, customerId, Long.parseLong(amount));
    } catch (IllegalArgumentException e) {
      throw new MalformedOrderException(
          "not an order: " + abbreviate(body) + " (" + e.getMessage() + ")");
    }
  }

  private static String requireToken(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.contains(";") || value.contains("=")) {
      throw new IllegalArgumentException(
          name + " must be non-blank without ';' or '=' but was '" + value + "'");
    }
    return value;
  }

  private static String abbreviate(String body) {
    return body.length() <= 60 ? "'" + body + "'" : "'" + body.substring(0, 60) + "...'";
  }
}
