package io.sqskit.benchmarks.sqskit;

import io.sqskit.benchmarks.client.QueueCalls;
import io.sqskit.benchmarks.support.Payloads;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import java.net.URI;

/** The client benchmark's calls made with sqskit's SqsClient, over Query (default) or JSON. */
public final class SqskitQueueCalls implements QueueCalls {
  private final SqsClient client;
  private final String queueUrl;
  private final String body = Payloads.body();

  /** A client for the given endpoint, sending to and receiving from {@code queueUrl}. */
  public SqskitQueueCalls(URI endpoint, String queueUrl) {
    this(endpoint, queueUrl, Protocol.QUERY.name());
  }

  /** Like {@link #SqskitQueueCalls(URI, String)}, speaking the named {@link Protocol}. */
  public SqskitQueueCalls(URI endpoint, String queueUrl, String protocol) {
    this.client =
        SqsClient.builder()
            .region("us-east-1")
            .endpointOverride(endpoint)
            .credentials("AKIDEXAMPLE", "secret")
            .protocol(Protocol.valueOf(protocol))
            .build();
    this.queueUrl = queueUrl;
  }

  /** A sqskit client as an application would build it for a local endpoint. */
  public static SqsClient newClient(URI endpoint) {
    return SqsClient.builder()
        .region("us-east-1")
        .endpointOverride(endpoint)
        .credentials("AKIDEXAMPLE", "secret")
        .build();
  }

  @Override
  public void send() {
    if (client.sendMessage(queueUrl, body).messageId() == null) {
      throw new IllegalStateException("SendMessage answered without a message id");
    }
  }

  @Override
  public int receive() {
    return client
        .receiveMessage(
            r ->
                r.queueUrl(queueUrl)
                    .maxNumberOfMessages(10)
                    .waitTimeSeconds(0)
                    .messageSystemAttributeNames("All")
                    .messageAttributeNames("All"))
        .messages()
        .size();
  }

  @Override
  public void close() {
    client.close();
  }
}
