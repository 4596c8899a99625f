package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final RequestContext CTX = new RequestContext(null, "http://127.0.0.1:9324", null);

  @Test
  @SuppressWarnings("unchecked")
  void concurrentProducersAndLongPollingConsumersLoseAndDuplicateNothing() throws Exception {
    SqsEngine engine = SqsEngine.create(); // real clock: long polls wait with timeouts
    String url = (String) engine.execute(CTX, "CreateQueue",
        Map.of("QueueName", "stress", "Attributes", Map.of("VisibilityTimeout", "600"))).get("QueueUrl");
    int producers = 3;
    int perProducer = 2_000;
    int total = producers * perProducer;
    Set<String> received = ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(producers + 3);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        int id = p;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perProducer; i++) {
            engine.execute(CTX, "SendMessage", Map.of("QueueUrl", url, "MessageBody", id + "-" + i));
          }
        }));
      }
      for (int c = 0; c < 3; c++) {
        futures.add(pool.submit(() -> {
          while (received.size() < total) {
            Map<String, Object> out = engine.execute(CTX, "ReceiveMessage",
                Map.of("QueueUrl", url, "MaxNumberOfMessages", 10, "WaitTimeSeconds", 1));
            for (Map<String, Object> m : (List<Map<String, Object>>) out.getOrDefault("Messages", List.of())) {
              if (!received.add((String) m.get("Body"))) {
                duplicates.incrementAndGet();
              }
              engine.execute(CTX, "DeleteMessage", Map.of("QueueUrl", url, "ReceiptHandle", m.get("ReceiptHandle")));
            }
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(received).hasSize(total);
    assertThat(duplicates).hasValue(0);
    assertThat(engine.inspect(url)).isEmpty();
  }
}
