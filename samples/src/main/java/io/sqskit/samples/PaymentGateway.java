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
