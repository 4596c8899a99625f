package io.sqskit.testing.protocol;

/** Carries a {@link WireError} that has no engine error code (e.g. JSON that cannot be read). */
public final class WireException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient WireError error;

  public WireException(WireError error) {
    super(error.jsonMessage(), null, false, false);
    this.error = error;
  }

  public WireError error() {
    return error;
  }
}
