package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-flight quota (SQS Developer Guide, queue quotas): at the limit, a short poll of a standard
 * queue fails with OverLimit, a long poll and a FIFO queue get nothing without error. A limit of
 * three stands in for SQS's 120,000.
 */
class InFlightLimitTest {
  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final SqsEngine engine = SqsEngine.builder().clock(clock).inFlightLimit(3).build();
  private final RequestContext ctx = new RequestContext(null, "http://127.0.0.1:9324", null);

  private Map<String, Object> call(String action, Object... keyValues) {
    Map<String, Object> in = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      in.put((String) keyValues[i], keyValues[i + 1]);
    }
    return engine.execute(ctx, action, in);
  }

  private String queue(String name, Map<String, Object> attributes) {
    return (String) call("CreateQueue", "QueueName", name, "Attributes", attributes).get("QueueUrl");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> receive(String url, Object... extra) {
    Object[] all = new Object[extra.length + 4];
    all[0] = "QueueUrl";
    all[1] = url;
    all[2] = "MaxNumberOfMessages";
    all[3] = 10;
    System.arraycopy(extra, 0, all, 4, extra.length);
    return (List<Map<String, Object>>) call("ReceiveMessage", all).getOrDefault("Messages", List.of());
  }

  private void sendFive(String url, String group) {
    for (int i = 0; i < 5; i++) {
      if (group == null) {
        call("SendMessage", "QueueUrl", url, "MessageBody", "m" + i);
      } else {
        call("SendMessage", "QueueUrl", url, "MessageBody", "m" + i, "MessageGroupId", group + i,
            "MessageDeduplicationId", "d" + i);
      }
    }
  }

  @Test
  void aShortPollAtTheLimitIsOverLimitAndADeleteMakesRoom() {
    String url = queue("q", Map.of());
    sendFive(url, null);
    List<Map<String, Object>> first = receive(url);
    assertThat(first).as("only up to the limit").hasSize(3);

    SqsError e = catchThrowableOfType(SqsError.class, () -> receive(url));
    assertThat(e.code()).isEqualTo(SqsErrorCode.OVER_LIMIT);
    assertThat(e.code().httpStatus()).isEqualTo(403);
    assertThat(e.code().queryCode()).isEqualTo("OverLimit");
    assertThat(e.jsonMessage()).isEqualTo("Too many messages have been received without being deleted."
        + " Please delete your received messages or let them timeout before receiving more.");

    call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", first.get(0).get("ReceiptHandle"));
    assertThat(receive(url)).hasSize(1);
    clock.advance(Duration.ofSeconds(30)); // every visibility timeout ends: room for three again
    assertThat(receive(url)).hasSize(3);
  }

  @Test
  void aLongPollAtTheLimitWaitsWithoutErrorAndTakesWhatADeleteFrees() throws Exception {
    String url = queue("q", Map.of());
    sendFive(url, null);
    List<Map<String, Object>> first = receive(url);
    CompletableFuture<List<Map<String, Object>>> poll =
        CompletableFuture.supplyAsync(() -> receive(url, "WaitTimeSeconds", 20));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engine.waitingReceives(url) == 0 && !poll.isDone() && System.nanoTime() < until) {
      Thread.yield();
    }
    assertThat(poll).as("the long poll waits at the limit").isNotDone();
    call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", first.get(0).get("ReceiptHandle"));
    assertThat(poll.get(10, TimeUnit.SECONDS)).hasSize(1);
  }

  @Test
  void aQueueDefaultLongPollIsALongPollToo() throws Exception {
    String url = queue("q", Map.of("ReceiveMessageWaitTimeSeconds", "1"));
    sendFive(url, null);
    assertThat(receive(url)).hasSize(3);
    CompletableFuture<List<Map<String, Object>>> poll = CompletableFuture.supplyAsync(() -> receive(url));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engine.waitingReceives(url) == 0 && !poll.isDone() && System.nanoTime() < until) {
      Thread.yield();
    }
    clock.advance(Duration.ofSeconds(1)); // the wait ends before any visibility timeout
    assertThat(poll.get(10, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void aFifoQueueAtTheLimitReturnsNothingWithoutError() {
    String url = queue("q.fifo", Map.of("FifoQueue", "true"));
    sendFive(url, "g"); // five groups, so the limit and not the groups stops the receive
    assertThat(receive(url)).hasSize(3);
    assertThat(receive(url)).isEmpty();
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> SqsEngine.builder().inFlightLimit(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SqsEngine.create().inFlightLimit()).isEqualTo(120_000);
    assertThat(engine.toBuilder().build().inFlightLimit()).isEqualTo(3);
  }
}
