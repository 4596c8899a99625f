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
package io.sqskit.testing.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard in a real browser: Debian's {@code chromium}, headless, driven by Selenium through
 * Debian's {@code chromedriver} (never downloaded: both paths are given, so Selenium Manager stays
 * out). Covers the queue list, peek with states, send, delete, purge, redrive and a hostile body,
 * and writes {@code target/dashboard.png}.
 *
 * <p>Without the browser this test fails, naming the packages to install: {@code .ci/run} installs
 * them, and a browser test that skips itself would hide a broken dashboard. Other paths can be
 * given with {@code -Dsqskit.chromium=...} and {@code -Dsqskit.chromedriver=...}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

  private static final String ACCOUNT = "000000000000";
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String HOSTILE =
      "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">&amp; \"quoted\"";

  private static final ManualClock CLOCK =
      ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private static SqsEngine engine;
  private static SqsServer server;
  private static WebDriver browser;
  private static String ordersUrl;
  private static String dlqUrl;

  @BeforeAll
  static void serverAndBrowser() {
    String chromium = System.getProperty("sqskit.chromium", "/usr/bin/chromium");
    String driver = System.getProperty("sqskit.chromedriver", "/usr/bin/chromedriver");
    assertThat(new File(chromium))
        .as(
            "the browser test needs Debian's chromium and chromium-driver (apt-get install -y"
                + " chromium chromium-driver; .ci/run installs them when missing)")
        .canRead();
    assertThat(new File(driver).canExecute()).as("chromedriver at " + driver).isTrue();
    engine = SqsEngine.builder().clock(CLOCK).build();
    server = SqsServer.builder().engine(engine).warmUp(false).build().start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1366,900",
        "--no-first-run",
        "--disable-extensions");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void queuesAndMessages() {
    if (ordersUrl != null) {
      return;
    }
    dlqUrl = engine.createQueue("orders-dlq", Map.of());
    ordersUrl =
        engine.createQueue(
            "orders",
            Map.of(
                "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:orders-dlq\","
                    + "\"maxReceiveCount\":\"1\"}"));
    engine.createQueue("payments.fifo", Map.of("FifoQueue", "true"));
    engine.sendMessage(ordersUrl, "{\"order\": 1}");
    engine.receiveMessages(ordersUrl, 1, 0); // in flight for 30 s
    engine.sendMessage(ordersUrl, "{\"order\": 2}");
    engine.execute(
        new RequestContext(null, server.endpoint().toString(), null),
        "SendMessage",
        Map.of("QueueUrl", ordersUrl, "MessageBody", "{\"order\": 3}", "DelaySeconds", 120));
    browser.get(server.endpoint() + "/_sqskit/ui");
  }

  @Test
  @Order(1)
  void listsTheQueuesWithLiveCounts() {
    eventually(
        () ->
            cell(queueRow("orders"), "visible").equals("1")
                && cell(queueRow("orders"), "in-flight").equals("1")
                && cell(queueRow("orders"), "delayed").equals("1"));
    assertThat(read(() -> queueRow("orders-dlq").getText())).contains("DLQ");
    assertThat(read(() -> queueRow("payments.fifo").getText())).contains("FIFO");
    // A change made elsewhere shows without a reload.
    engine.sendMessage(ordersUrl, "{\"order\": 4}");
    eventually(() -> cell(queueRow("orders"), "visible").equals("2"));
  }

  @Test
  @Order(2)
  void peekShowsEachMessageWithItsStateAndDeadline() {
    eventually(
        () -> {
          queueRow("orders").click();
          return true;
        });
    eventually(() -> messageRows().size() == 4);
    List<MessageSnapshot> snapshots = engine.inspect(ordersUrl);
    for (MessageSnapshot snapshot : snapshots) {
      String id = snapshot.messageId();
      String expected =
          switch (snapshot.state()) {
            case VISIBLE -> "visible";
            case IN_FLIGHT -> "inFlight";
            case DELAYED -> "delayed";
          };
      assertThat(read(() -> messageRow(id).getAttribute("data-state"))).isEqualTo(expected);
      assertThat(read(() -> body(id))).isEqualTo(snapshot.body());
    }
    assertThat(read(() -> messageRow(snapshots.get(0).messageId()).getText()))
        .contains("visible again in 30 s");
    assertThat(read(() -> messageRow(snapshots.get(2).messageId()).getText()))
        .contains("due in 120 s");
  }

  @Test
  @Order(3)
  void aHostileBodyAndAttributeAreShownAsTextAndNeverRun() {
    engine.execute(
        new RequestContext(null, server.endpoint().toString(), null),
        "SendMessage",
        Map.of(
            "QueueUrl",
            ordersUrl,
            "MessageBody",
            HOSTILE,
            "MessageAttributes",
            Map.of(
                "note",
                Map.of(
                    "DataType",
                    "String",
                    "StringValue",
                    "<img src=y onerror=\"window.pwned=3\">"))));
    String id = engine.inspect(ordersUrl).get(4).messageId();
    assertThat(read(() -> body(id))).isEqualTo(HOSTILE);
    assertThat(read(() -> messageRow(id).findElement(By.className("msg-attr")).getText()))
        .isEqualTo("note (String) = <img src=y onerror=\"window.pwned=3\">");
    assertThat(browser.findElements(By.cssSelector("#messages img, #messages script, #messages b")))
        .isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned;")).isNull();
  }

  @Test
  @Order(4)
  void sendsAMessageWithAnAttributeFromTheForm() throws IOException {
    browser.findElement(By.id("send-body")).sendKeys("sent from the browser");
    browser.findElement(By.id("send-add-attribute")).click();
    browser.findElement(By.cssSelector("#send-attributes .attr-name")).sendKeys("source");
    browser.findElement(By.cssSelector("#send-attributes .attr-value")).sendKeys("dashboard");
    browser.findElement(By.id("send-submit")).click();
    eventually(
        () ->
            engine.peek(ordersUrl).stream()
                .anyMatch(m -> "sent from the browser".equals(m.message().get("Body"))));
    PeekedMessage sent =
        engine.peek(ordersUrl).stream()
            .filter(m -> "sent from the browser".equals(m.message().get("Body")))
            .findFirst()
            .orElseThrow();
    assertThat(sent.message().get("MessageAttributes").toString())
        .contains("source")
        .contains("dashboard");
    eventually(() -> browser.findElement(By.id("status")).getText().startsWith("Sent message"));
    eventually(() -> messageRows().size() == engine.inspect(ordersUrl).size());
    screenshot();
  }

  @Test
  @Order(5)
  void deletesOneMessageFromItsRow() {
    String id = engine.inspect(ordersUrl).get(1).messageId();
    int before = engine.inspect(ordersUrl).size();
    eventually(
        () -> {
          messageRow(id).findElement(By.className("delete")).click();
          return true;
        });
    eventually(() -> engine.inspect(ordersUrl).size() == before - 1);
    assertThat(engine.inspect(ordersUrl)).extracting(MessageSnapshot::messageId).doesNotContain(id);
    eventually(
        () ->
            browser
                .findElements(By.cssSelector("#messages tr[data-message-id='" + id + "']"))
                .isEmpty());
  }

  @Test
  @Order(6)
  void purgesTheQueueAfterAConfirmingSecondClick() {
    WebElement purge = browser.findElement(By.id("purge"));
    purge.click();
    assertThat(purge.getText()).isEqualTo("Click again to confirm");
    assertThat(engine.inspect(ordersUrl)).isNotEmpty();
    purge.click();
    eventually(() -> engine.inspect(ordersUrl).isEmpty());
    eventually(() -> messageRows().isEmpty());
    eventually(() -> browser.findElement(By.id("no-messages")).isDisplayed());
  }

  @Test
  @Order(7)
  void redrivesTheDeadLetterQueueAndShowsTheTask() {
    engine.sendMessage(ordersUrl, "poison");
    engine.receiveMessages(ordersUrl, 1, 0);
    CLOCK.advance(Duration.ofSeconds(30));
    assertThat(engine.receiveMessages(ordersUrl, 1, 0)).isEmpty(); // moved to the DLQ
    eventually(() -> cell(queueRow("orders-dlq"), "visible").equals("1"));
    eventually(
        () -> {
          queueRow("orders-dlq").click();
          return true;
        });
    eventually(() -> browser.findElement(By.id("redrive-panel")).isDisplayed());
    assertThat(browser.findElement(By.id("redrive-sources")).getText()).contains("orders");
    browser.findElement(By.id("redrive")).click();
    eventually(() -> !browser.findElements(By.cssSelector("#tasks tbody tr")).isEmpty());
    CLOCK.advance(Duration.ofSeconds(1));
    eventually(
        () ->
            "COMPLETED"
                .equals(
                    browser
                        .findElement(By.cssSelector("#tasks tbody tr"))
                        .getAttribute("data-status")));
    assertThat(read(() -> browser.findElement(By.cssSelector("#tasks .task-moved")).getText()))
        .startsWith("1");
    assertThat(engine.inspect(ordersUrl))
        .extracting(MessageSnapshot::body)
        .containsExactly("poison");
    assertThat(engine.inspect(dlqUrl)).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private static WebElement queueRow(String name) {
    return browser.findElement(
        By.cssSelector("#queues tr[data-queue='" + ACCOUNT + "/us-east-1/" + name + "']"));
  }

  private static String cell(WebElement row, String className) {
    return row.findElement(By.className(className)).getText();
  }

  private static List<WebElement> messageRows() {
    return browser.findElements(By.cssSelector("#messages tbody tr"));
  }

  private static WebElement messageRow(String messageId) {
    return browser.findElement(By.cssSelector("#messages tr[data-message-id='" + messageId + "']"));
  }

  /** Waits until the page shows what {@code check} looks for (the page refreshes every second). */
  private static void eventually(Callable<Boolean> check) {
    await().atMost(PATIENCE).ignoreExceptions().until(check);
  }

  private static String body(String messageId) {
    return messageRow(messageId).findElement(By.className("msg-body")).getText();
  }

  /**
   * Reads from the page, again if the element was replaced meanwhile (each refresh redraws the
   * tables, so an element found a moment ago may be stale).
   */
  private static String read(Callable<String> find) {
    String[] found = new String[1];
    await()
        .atMost(PATIENCE)
        .ignoreExceptions()
        .until(
            () -> {
              found[0] = find.call();
              return found[0] != null;
            });
    return found[0];
  }

  /** The README's picture: {@code target/dashboard.png}. */
  private static void screenshot() throws IOException {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Path target = Paths.get("target", "dashboard.png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isPositive();
  }
}
