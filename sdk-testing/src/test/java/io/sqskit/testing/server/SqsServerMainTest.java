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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server: its one ready line, its arguments, and a clean stop on SIGTERM. */
class SqsServerMainTest {

  private static final String QUERY_LIST_QUEUES = "Action=ListQueues&Version=2012-11-05";

  @Test
  void launchPrintsOneReadyLineAndServes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--account", "123456789012", "--region", "eu-west-1"},
            new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo("listening on http://127.0.0.1:" + server.port() + System.lineSeparator());
      HttpResponse<String> created = post(server.endpoint(), "Action=CreateQueue&QueueName=q");
      assertThat(created.body())
          .contains("<QueueUrl>" + server.endpoint() + "/123456789012/q</QueueUrl>");
      HttpResponse<String> arn =
          post(
              server.endpoint(),
              "Action=GetQueueAttributes&QueueUrl="
                  + server.endpoint()
                  + "/123456789012/q&AttributeName.1=QueueArn");
      assertThat(arn.body()).contains("arn:aws:sqs:eu-west-1:123456789012:q");
    }
  }

  @Test
  void badArgumentsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--port", "http"}, System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--port must be a number from 0 to 65535: http");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--account", "42"}, System.out))
        .hasMessage("--account must be 12 digits: 42");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--region", "Mars"}, System.out))
        .hasMessage("--region is not a region name: Mars");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--verbose", "yes"}, System.out))
        .hasMessage(
            "unknown argument --verbose; the arguments are --port, --host, --account, --region,"
                + " --credentials, --in-flight-limit, --queue, --queues, --admin-token, --state,"
                + " --state-interval, --config, --admin-open, --virtual-time, --no-delete-cooldown,"
                + " --no-purge-cooldown, --log-requests, --auto-create");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--port"}, System.out))
        .hasMessage("missing value for --port");
    assertThatThrownBy(
            () -> SqsServerMain.launch(new String[] {"--in-flight-limit", "0"}, System.out))
        .hasMessage("--in-flight-limit must be a whole number of at least 1: 0");
  }

  @Test
  void anUnknownLastArgumentIsCalledUnknownNotMissingItsValue() {
    assertThatThrownBy(
            () -> SqsServerMain.launch(new String[] {"--port", "0", "--verbose"}, System.out))
        .hasMessageStartingWith("unknown argument --verbose; the arguments are --port, ");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"9324"}, System.out))
        .hasMessage("unexpected argument 9324: arguments are --name value or --name=value");
    assertThatThrownBy(
            () -> SqsServerMain.launch(new String[] {"--port", "0", "--version"}, System.out))
        .hasMessage("--version stands alone, without other arguments");
  }

  @Test
  void aFlagFollowedByAnotherFlagIsMissingItsValue() {
    assertThatThrownBy(
            () -> SqsServerMain.launch(new String[] {"--port", "--host", "::1"}, System.out))
        .hasMessage("missing value for --port");
  }

  @Test
  void flagsAlsoTakeTheirValueAfterAnEqualsSign() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {"--port=0", "--account=123456789012", "--queue=orders"},
            new PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("listening on http://127.0.0.1:");
      assertThat(post(server.endpoint(), QUERY_LIST_QUEUES).body())
          .contains("<QueueUrl>" + server.endpoint() + "/123456789012/orders</QueueUrl>");
    }
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--port=http"}, System.out))
        .hasMessage("--port must be a number from 0 to 65535: http");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--verbose=yes"}, System.out))
        .hasMessageStartingWith("unknown argument --verbose; ");
  }

  @Test
  void aPortInUseIsNamedWithTheHintAboutPortZero() throws Exception {
    try (ServerSocket taken =
        new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      int port = taken.getLocalPort();

      assertThatThrownBy(
              () ->
                  SqsServerMain.launch(
                      new String[] {"--port", Integer.toString(port)},
                      new PrintStream(new ByteArrayOutputStream())))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage(
              "cannot listen on 127.0.0.1:"
                  + port
                  + ": address already in use. Stop what holds the port, choose another with"
                  + " --port, or give --port 0 for a free one (the listening line names it).");
    }
  }

  @Test
  void versionPrintsTheVersionAndExitsWithZero() throws Exception {
    Process process = java("--version").redirectErrorStream(true).start();

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim())
        .matches("sqskit sdk-testing server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void aJsonSyntaxErrorInAQueueFileNamesItsLineAndColumn(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("q.json"), "[\n  {\"QueueName\": \"orders\",}\n]\n");

    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", file), System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "--queues "
                + file
                + " is not a list of CreateQueue requests: The document is not valid JSON at line"
                + " 2, column 26: Unexpected character ('}' (code 125))");
  }

  @Test
  void unknownOrMiscasedKeysInAQueueFileAreRefusedWithTheAcceptedOnes(@TempDir Path dir)
      throws Exception {
    Path lower =
        Files.writeString(
            dir.resolve("a.json"),
            "{\"QueueName\": \"slow\", \"attributes\": {\"VisibilityTimeout\": \"60\"}}");
    Path upperTags =
        Files.writeString(
            dir.resolve("b.json"), "[{\"QueueName\": \"q\", \"Tags\": {\"team\": \"a\"}}]");

    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", lower), System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--queues "
                + lower
                + " is not a list of CreateQueue requests: Unknown parameter in input:"
                + " \"attributes\", must be one of: QueueName, Attributes, tags");
    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", upperTags), System.out))
        .hasMessageEndingWith(
            ": Unknown parameter in input: \"Tags\", must be one of: QueueName, Attributes, tags");
  }

  @Test
  void inFlightLimitLowersTheQuota() throws Exception {
    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--in-flight-limit", "1"},
            new PrintStream(new ByteArrayOutputStream()))) {
      String url = server.endpoint() + "/000000000000/q";
      post(server.endpoint(), "Action=CreateQueue&QueueName=q");
      post(server.endpoint(), "Action=SendMessage&QueueUrl=" + url + "&MessageBody=a");
      post(server.endpoint(), "Action=SendMessage&QueueUrl=" + url + "&MessageBody=b");
      HttpResponse<String> first = post(server.endpoint(), "Action=ReceiveMessage&QueueUrl=" + url);
      assertThat(first.statusCode()).isEqualTo(200);
      HttpResponse<String> second =
          post(server.endpoint(), "Action=ReceiveMessage&QueueUrl=" + url);
      assertThat(second.statusCode()).isEqualTo(403);
      assertThat(second.body()).contains("<Code>OverLimit</Code>");
    }
  }

  @Test
  void queuesFromArgumentsAndFilesExistWhenTheLineIsPrinted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("queues.json");
    Files.writeString(
        file,
        """
        [
          {"QueueName": "orders-dlq"},
          {"QueueName": "orders",
           "Attributes": {
             "VisibilityTimeout": "60",
             "RedrivePolicy": "{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:eu-west-1:123456789012:orders-dlq\\",\\"maxReceiveCount\\":3}"
           },
           "tags": {"team": "payments"}}
        ]
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {
              "--port",
              "0",
              "--account",
              "123456789012",
              "--region",
              "eu-west-1",
              "--queue",
              "jobs.fifo",
              "--queues",
              file.toString(),
              "--queue",
              "audit"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8))) {
      String base = server.endpoint() + "/123456789012/";
      assertThat(post(server.endpoint(), QUERY_LIST_QUEUES).body())
          .contains(
              "<QueueUrl>" + base + "jobs.fifo</QueueUrl>",
              "<QueueUrl>" + base + "orders-dlq</QueueUrl>",
              "<QueueUrl>" + base + "orders</QueueUrl>",
              "<QueueUrl>" + base + "audit</QueueUrl>");
      assertThat(attributes(server, base + "orders"))
          .contains("<Name>VisibilityTimeout</Name><Value>60</Value>")
          .contains("orders-dlq&quot;,&quot;maxReceiveCount&quot;:3}");
      assertThat(post(server.endpoint(), "Action=ListQueueTags&QueueUrl=" + base + "orders").body())
          .contains("<Key>team</Key><Value>payments</Value>");
      assertThat(attributes(server, base + "jobs.fifo"))
          .contains("<Name>FifoQueue</Name><Value>true</Value>");
      assertThat(attributes(server, base + "audit"))
          .contains("<Name>VisibilityTimeout</Name><Value>30</Value>")
          .doesNotContain("FifoQueue");
      assertThat(deadLetterSources(server, base + "orders-dlq"))
          .contains("<QueueUrl>" + base + "orders</QueueUrl>");
    }
  }

  @Test
  void theReadmesQueueFileStartsAsItSays(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("Queues ready at start");
    int start = readme.indexOf("```json", section) + "```json".length();
    Path file =
        Files.writeString(
            dir.resolve("queues.json"), readme.substring(start, readme.indexOf("```", start)));

    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--queues", file.toString()},
            new PrintStream(new ByteArrayOutputStream()))) {
      String base = server.endpoint() + "/000000000000/";
      assertThat(deadLetterSources(server, base + "orders-dlq"))
          .contains("<QueueUrl>" + base + "orders</QueueUrl>");
    }
  }

  @Test
  void aQueueSqsWouldRefuseStopsTheStartWithSqsError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("queues.json");
    Files.writeString(
        file, "{\"QueueName\": \"slow\", \"Attributes\": {\"VisibilityTimeout\": \"43201\"}}");

    assertThatThrownBy(
            () -> SqsServerMain.launch(new String[] {"--queues", file.toString()}, System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot create queue slow: InvalidAttributeValue: Invalid value for the parameter"
                + " VisibilityTimeout.");
    assertThatThrownBy(
            () -> SqsServerMain.launch(new String[] {"--queue", "bad name!"}, System.out))
        .hasMessageStartingWith("cannot create queue bad name!: InvalidParameterValue: ");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--queue", " "}, System.out))
        .hasMessage("--queue must not be empty");
  }

  @Test
  void aQueueFileThatIsNotCreateQueueRequestsIsNamed(@TempDir Path dir) throws Exception {
    Path notJson = Files.writeString(dir.resolve("a.json"), "QueueName=orders");
    Path notObjects = Files.writeString(dir.resolve("b.json"), "[\"orders\"]");
    Path mistyped = Files.writeString(dir.resolve("c.json"), "[{\"QueueName\": [\"orders\"]}]");
    Path missing = dir.resolve("missing.json");

    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", notJson), System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "--queues "
                + notJson
                + " is not a list of CreateQueue requests: The document is not"
                + " valid JSON at line 1, column ");
    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", notObjects), System.out))
        .hasMessageEndingWith(": Expected an array of JSON objects.");
    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", mistyped), System.out))
        .hasMessageStartingWith("--queues " + mistyped + " is not a list of CreateQueue requests: ")
        .hasMessageContaining("QueueName");
    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", missing), System.out))
        .hasMessage("--queues cannot read " + missing + ": no such file");
    assertThatThrownBy(() -> SqsServerMain.launch(args("--queues", dir), System.out))
        .hasMessageStartingWith("--queues cannot read " + dir + ": ");
  }

  @Test
  void processExitsWithTwoAndUsageOnBadArguments() throws Exception {
    Process process = java("--port", "-1").redirectErrorStream(true).start();

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("--port must be a number from 0 to 65535: -1").contains("usage: ");
  }

  @Test
  void helpPrintsUsageAndExitsWithZero() throws Exception {
    Process process = java("--help").redirectErrorStream(true).start();

    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .startsWith("usage: ");
  }

  @Test
  void processAnnouncesItselfAndStopsOnSigterm() throws Exception {
    Process process = java("--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<String> first = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                  first.complete(line);
                }
              } catch (IOException e) {
                // the stream closes when the process is destroyed
              }
              first.complete(null);
            });
    reader.start();
    try {
      String line = first.get(30, TimeUnit.SECONDS);
      assertThat(line).matches("listening on http://127\\.0\\.0\\.1:\\d+");
      URI endpoint = URI.create(line.substring("listening on ".length()));
      assertThat(post(endpoint, QUERY_LIST_QUEUES).statusCode()).isEqualTo(200);

      process.destroy(); // SIGTERM

      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(143); // 128 + SIGTERM, after the shutdown hook ran
      reader.join(TimeUnit.SECONDS.toMillis(30));
      assertThat(lines).as("exactly one line").hasSize(1);
    } finally {
      process.destroyForcibly();
    }
  }

  private static String[] args(String name, Path file) {
    return new String[] {name, file.toString()};
  }

  private static String deadLetterSources(SqsServer server, String queueUrl) throws Exception {
    return post(server.endpoint(), "Action=ListDeadLetterSourceQueues&QueueUrl=" + queueUrl).body();
  }

  private static String attributes(SqsServer server, String queueUrl) throws Exception {
    return post(
            server.endpoint(), "Action=GetQueueAttributes&AttributeName.1=All&QueueUrl=" + queueUrl)
        .body();
  }

  private static ProcessBuilder java(String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java, "-cp", System.getProperty("java.class.path"), SqsServerMain.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static HttpResponse<String> post(URI endpoint, String form) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
