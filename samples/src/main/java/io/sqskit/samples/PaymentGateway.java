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

/** Charges customers; the worker's one dependency outside SQS. */
public interface PaymentGateway {

  /**
   * Charges an order.
   *
   * @throws PaymentDeclinedException when the charge is refused for good
   * @throws PaymentUnavailableException when the gateway cannot answer now; worth a retry
   */
  void charge(Order order);

  /** The charge was refused; retrying would be refused too. */
  final class PaymentDeclinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PaymentDeclinedException(String message) {
      super(message);
    }
  }

  /** The gateway is down or slow; the order should be tried again later. */
  final class PaymentUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PaymentUnavailableException(String message) {
      super(message);
    }
  }
}
