package io.sqskit.internal;

import java.net.URI;
import java.time.Duration;

/**
 * Signs, sends and retries one Query call. STUB: the real implementation replaces this file;
 * the constructor and {@link #execute} signatures are the contract.
 */
public final class RequestPipeline implements AutoCloseable {
  private final PipelineSettings settings;

  public RequestPipeline(PipelineSettings settings) {
    this.settings = settings;
  }

  /**
   * POSTs {@code formBody} (already form-encoded, {@code Action=...&Version=2012-11-05&...}) to
   * {@code endpoint}, signed with SigV4 for service {@code sqs}, retrying per the policy.
   *
   * @param endpoint where to POST (the service endpoint or the queue URL)
   * @param action the SQS action name, for error messages and retry decisions
   * @param formBody the form-encoded request
   * @param responseTimeout how long one attempt may wait for its response
   * @return the body of the 2xx response
   * @throws io.sqskit.exception.SqsServiceException the service answered with an error
   * @throws io.sqskit.exception.SqsClientException no usable answer (I/O, timeout, unreadable)
   */
  public byte[] execute(URI endpoint, String action, String formBody, Duration responseTimeout) {
    throw new UnsupportedOperationException("stub " + settings.region());
  }

  @Override
  public void close() {
    settings.transport().close();
  }
}
