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

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.protocol.Operation;
import io.sqskit.testing.protocol.SqsShapes;
import io.sqskit.testing.protocol.WireException;
import io.sqskit.testing.protocol.json.JsonRequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The standalone fake SQS: {@code java -jar sdk-testing-<version>-server.jar [--port 9324] [--host
 * 127.0.0.1] [--account 000000000000] [--region us-east-1] [--credentials KEY:SECRET]
 * [--in-flight-limit 120000] [--queue NAME] [--queues FILE]}. {@code --credentials} (repeatable)
 * turns on strict SigV4 verification with those keys; {@code --in-flight-limit} lowers SQS's quota
 * of messages in flight per queue so that a client's handling of it can be tried.
 *
 * <p>{@code --queue} and {@code --queues} (both repeatable, applied in the order given) create
 * queues before the server answers: {@code --queue orders} one queue with SQS's defaults (a name
 * ending in {@code .fifo} gives a FIFO queue), {@code --queues queues.json} every CreateQueue
 * request of a JSON file (one object or an array of them, with {@code QueueName}, {@code
 * Attributes} and {@code tags}, as the AWS CLI's {@code create-queue --cli-input-json} takes them).
 * A queue that SQS would refuse stops the start with SQS's error code and message.
 *
 * <p>Development switches: {@code --virtual-time} (a manual clock that only {@code POST
 * /_sqskit/clock/advance} moves), {@code --admin-token} and {@code --admin-open} (the admin API's
 * token rule, see README "Running the server for development"), {@code --no-delete-cooldown},
 * {@code --no-purge-cooldown}, {@code --log-requests} and {@code --auto-create} (a missing queue is
 * created on first use). SIGTERM answers long polls in progress (empty) before the server closes.
 *
 * <p>{@code --state FILE} keeps queues and messages across restarts: read at start (a file that
 * cannot be read exits with status 2 and is left as it is), written every {@code --state-interval}
 * seconds (default 5) and last on SIGTERM, each time atomically. {@code --config FILE} creates the
 * queues of an ElasticMQ configuration's {@code queues { ... }} block at start, with a warning for
 * each setting it does not support.
 *
 * <p>Prints exactly one line, {@code listening on http://<host>:<port>}, once it answers; stops on
 * SIGTERM or Ctrl-C. Bad arguments print the usage and exit with status 2; an address in use exits
 * with status 1 and a hint about {@code --port 0}. Every flag also takes the form {@code
 * --name=value}; {@code --help} and {@code --version} stand alone.
 */
public final class SqsServerMain {

  static final String USAGE =
      "usage: java -jar sdk-testing-<version>-server.jar [--port <0-65535, default 9324>]"
          + " [--host <address, default 127.0.0.1>] [--account <12 digits>] [--region <region>]"
          + " [--credentials <access key id>:<secret key> (repeatable; verifies signatures)]"
          + " [--in-flight-limit <messages in flight per queue, default 120000>]"
          + " [--queue <name> (repeatable; created at start, FIFO when it ends in .fifo)]"
          + " [--queues <JSON file of CreateQueue requests> (repeatable)]"
          + " [--admin-token <token> (the admin API under /_sqskit/ then needs Authorization:"
          + " Bearer <token>)]"
          + " [--admin-open (RISK: admin API without a token on a non-loopback address or with"
          + " --credentials; anyone reaching the port can delete queues)]"
          + " [--virtual-time (a manual clock that only POST /_sqskit/clock/advance moves)]"
          + " [--no-delete-cooldown (recreate a deleted queue at once)]"
          + " [--no-purge-cooldown (purge again at once)]"
          + " [--log-requests (one line per request on stderr)]"
          + " [--state <file> (queues and messages kept across restarts: read at start, written"
          + " every --state-interval and on SIGTERM)]"
          + " [--state-interval <seconds between two writes of --state, default 5; 0: on SIGTERM"
          + " only>]"
          + " [--config <ElasticMQ configuration file; its queues { ... } block is created at"
          + " start>]"
          + " [--auto-create (a queue that does not exist is created on first use, as ElasticMQ"
          + " does; SQS answers QueueDoesNotExist)]"
          + " (also --name=value; --help, --version alone)";

  /** The flags that take a value, in the order the usage lists them. */
  private static final List<String> FLAGS =
      List.of(
          "--port",
          "--host",
          "--account",
          "--region",
          "--credentials",
          "--in-flight-limit",
          "--queue",
          "--queues",
          "--admin-token",
          "--state",
          "--state-interval",
          "--config");

  /** The flags that stand alone, without a value. */
  private static final List<String> SWITCHES =
      List.of(
          "--admin-open",
          "--virtual-time",
          "--no-delete-cooldown",
          "--no-purge-cooldown",
          "--log-requests",
          "--auto-create");

  private SqsServerMain() {}

  /**
   * Runs the server until SIGTERM or Ctrl-C; prints the usage and exits with status 2 on bad
   * arguments, with status 1 when the address cannot be bound.
   *
   * @param args the command line, as the class Javadoc describes it
   */
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(USAGE);
      return;
    }
    if (args.length == 1 && args[0].equals("--version")) {
      System.out.println("sqskit sdk-testing server " + version());
      return;
    }
    SqsServer server;
    try {
      server = launch(args, System.out);
    } catch (IllegalStateException e) {
      // A state file that cannot be read: not a usage error, so no usage, but the same status.
      System.err.println("error: " + e.getMessage());
      System.exit(2);
      return;
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    } catch (UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(new GracefulStop(server), "sqskit-server-shutdown"));
  }

  /** SIGTERM: long polls in progress are answered (empty) before the server closes. */
  private static final class GracefulStop implements Runnable {
    private final SqsServer server;

    GracefulStop(SqsServer server) {
      this.server = server;
    }

    @Override
    public void run() {
      server.stop(GRACE);
    }
  }

  /** The longest wait for requests in progress on SIGTERM. */
  static final Duration GRACE = Duration.ofSeconds(5);

  /** The version Maven wrote into {@code version.properties} beside this class. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = SqsServerMain.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // reported as unknown below
    }
    return properties.getProperty("version", "(unknown version)");
  }

  /**
   * Starts a server as {@code args} say and prints its one line to {@code out}.
   *
   * @throws IllegalArgumentException for bad arguments, with a message naming the argument, and for
   *     a queue SQS would refuse, with SQS's error code and message
   * @throws UncheckedIOException when the address cannot be bound
   */
  static SqsServer launch(String[] args, PrintStream out) {
    return launch(args, out, System.err);
  }

  /** As {@link #launch(String[], PrintStream)}, with request lines to {@code log}. */
  static SqsServer launch(String[] args, PrintStream out, PrintStream log) {
    int port = 9324;
    String host = "127.0.0.1";
    String account = null;
    String region = null;
    Integer inFlightLimit = null;
    Map<String, String> credentials = new LinkedHashMap<>();
    List<Map<String, Object>> queues = new ArrayList<>();
    String adminToken = null;
    List<String> switches = new ArrayList<>();
    Path stateFile = null;
    List<String> configFiles = new ArrayList<>();
    Duration stateInterval = SqsServer.DEFAULT_STATE_INTERVAL;
    for (int i = 0; i < args.length; i++) {
      if (SWITCHES.contains(args[i])) {
        switches.add(args[i]);
        continue;
      }
      String name = args[i];
      String value = null;
      int equals = name.indexOf('=');
      if (name.startsWith("--") && equals > 0) {
        // --port=9330, as GNU-style tools accept it
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!FLAGS.contains(name)) {
        throw new IllegalArgumentException(unknown(name));
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new IllegalArgumentException("missing value for " + name);
        }
        value = args[++i];
      }
      switch (name) {
        case "--port":
          port = port(value);
          break;
        case "--host":
          if (value.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty");
          }
          host = value;
          break;
        case "--account":
          if (!Caller.isAccountId(value)) {
            throw new IllegalArgumentException("--account must be 12 digits: " + value);
          }
          account = value;
          break;
        case "--region":
          if (!value.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new IllegalArgumentException("--region is not a region name: " + value);
          }
          region = value;
          break;
        case "--credentials":
          int colon = value.indexOf(':');
          if (colon <= 0 || colon == value.length() - 1) {
            // The value is not echoed: it holds a secret.
            throw new IllegalArgumentException(
                "--credentials must be <access key id>:<secret key>");
          }
          credentials.put(value.substring(0, colon), value.substring(colon + 1));
          break;
        case "--in-flight-limit":
          inFlightLimit = positive(name, value);
          break;
        case "--queue":
          queues.add(namedQueue(value));
          break;
        case "--queues":
          queues.addAll(queueFile(value));
          break;
        case "--admin-token":
          if (value.isBlank()) {
            throw new IllegalArgumentException("--admin-token must not be empty");
          }
          adminToken = value;
          break;
        case "--state":
          stateFile = path(name, value);
          break;
        case "--config":
          configFiles.add(value);
          break;
        case "--state-interval":
          stateInterval = Duration.ofSeconds(nonNegative(name, value));
          break;
        default:
          throw new IllegalStateException("a flag in FLAGS without a case: " + name);
      }
    }
    SqsEngine.Builder engine = SqsEngine.builder();
    if (account != null) {
      engine.accountId(account);
    }
    if (region != null) {
      engine.region(region);
    }
    if (inFlightLimit != null) {
      engine.inFlightLimit(inFlightLimit);
    }
    if (switches.contains("--virtual-time")) {
      // Starts at the wall clock's time, then moves only through POST /_sqskit/clock/advance.
      engine.clock(ManualClock.create(Instant.now()));
    }
    engine.deleteCooldown(!switches.contains("--no-delete-cooldown"));
    engine.purgeCooldown(!switches.contains("--no-purge-cooldown"));
    engine.autoCreate(switches.contains("--auto-create"));
    for (String file : configFiles) {
      queues.addAll(
          elasticMqQueues(
              file,
              region != null ? region : SqsEngine.DEFAULT_REGION,
              account != null ? account : SqsEngine.DEFAULT_ACCOUNT_ID,
              log));
    }
    SqsEngine built = engine.build();
    SqsServer.Builder builder = SqsServer.builder().engine(built).host(host).port(port);
    if (stateFile != null) {
      builder.stateFile(stateFile, stateInterval);
    }
    credentials.forEach(builder::credentials);
    if (adminToken != null) {
      builder.adminToken(adminToken);
    }
    builder.adminOpen(switches.contains("--admin-open"));
    if (switches.contains("--log-requests")) {
      builder.logRequests(log);
    }
    long started = System.nanoTime();
    // Reads the state file, if any, before the queues of --queue and --queues are created.
    SqsServer unstarted = builder.build();
    if (stateFile != null && unstarted.messagesRead() >= 0) {
      log.println(
          "sqskit: read "
              + unstarted.messagesRead()
              + " messages from "
              + stateFile
              + " in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
      log.flush();
    }
    // Not closed when this fails: closing would write the state file, which stays as it was read.
    createQueues(built, queues, "http://" + host + ":" + port);
    SqsServer server;
    try {
      server = unstarted.start();
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      if (cause == null) {
        throw e;
      }
      throw new UncheckedIOException(cannotListen(host, port, cause), cause);
    }
    out.println("listening on " + server.endpoint());
    out.flush();
    return server;
  }

  private static String unknown(String argument) {
    if (argument.equals("--help") || argument.equals("-h") || argument.equals("--version")) {
      return argument + " stands alone, without other arguments";
    }
    if (!argument.startsWith("--")) {
      return "unexpected argument " + argument + ": arguments are --name value or --name=value";
    }
    if (SWITCHES.contains(argument.split("=", 2)[0])) {
      return argument.split("=", 2)[0] + " takes no value";
    }
    return "unknown argument "
        + argument
        + "; the arguments are "
        + String.join(", ", FLAGS)
        + ", "
        + String.join(", ", SWITCHES);
  }

  private static String cannotListen(String host, int port, IOException cause) {
    String address = host + ":" + port;
    if (cause instanceof BindException) {
      // Most often another server (or another copy of this one) holds the port.
      return "cannot listen on "
          + address
          + ": address already in use. Stop what holds the port, choose another with --port, or"
          + " give --port 0 for a free one (the listening line names it).";
    }
    return "cannot listen on " + address + ": " + cause.getMessage();
  }

  /** {@code --queue}: a queue with SQS's defaults, FIFO when the name says so. */
  private static Map<String, Object> namedQueue(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("--queue must not be empty");
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("QueueName", name);
    if (name.endsWith(".fifo")) {
      // SQS refuses a .fifo name without FifoQueue=true; the shorthand asks for what the name says.
      request.put("Attributes", new LinkedHashMap<String, Object>(Map.of("FifoQueue", "true")));
    }
    return request;
  }

  /**
   * {@code --queues}: the CreateQueue requests of a JSON file, read as the JSON front reads them.
   */
  private static List<Map<String, Object>> queueFile(String file) {
    byte[] document;
    try {
      document = Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--queues cannot read " + file + ": no such file", e);
    } catch (IOException | InvalidPathException e) {
      throw new IllegalArgumentException("--queues cannot read " + file + ": " + e.getMessage(), e);
    }
    // CreateQueue is one of the service model's actions, so its shape is always there.
    Operation createQueue = Objects.requireNonNull(SqsShapes.operation("CreateQueue"));
    try {
      return JsonRequestReader.readAll(createQueue.input(), document);
    } catch (WireException e) {
      throw new IllegalArgumentException(
          "--queues " + file + " is not a list of CreateQueue requests: " + e.getMessage(), e);
    }
  }

  /** Creates the queues in order, through the engine's CreateQueue and so with its validation. */
  private static void createQueues(
      SqsEngine engine, List<Map<String, Object>> queues, String baseUrl) {
    RequestContext context = new RequestContext(null, baseUrl, null);
    for (Map<String, Object> request : queues) {
      try {
        engine.execute(context, "CreateQueue", request);
      } catch (SqsError e) {
        throw new IllegalArgumentException(
            "cannot create queue "
                + request.getOrDefault("QueueName", "(no QueueName)")
                + ": "
                + e.code().queryCode()
                + ": "
                + e.jsonMessage(),
            e);
      }
    }
  }

  /**
   * {@code --config}: the queues of an ElasticMQ configuration, warnings printed to {@code log}.
   */
  private static List<Map<String, Object>> elasticMqQueues(
      String file, String region, String account, PrintStream log) {
    ElasticMqConfig.Queues queues;
    try {
      queues = ElasticMqConfig.read(file, region, account);
    } catch (NoClassDefFoundError e) {
      // The plain sdk-testing jar: Typesafe Config is optional there, shaded into the server jar.
      throw new IllegalArgumentException(
          "--config needs Typesafe Config (com.typesafe:config), which the server jar holds; run"
              + " java -jar sqskit-server.jar, or add it to the class path",
          e);
    }
    for (String warning : queues.warnings()) {
      log.println("warning: --config " + file + ": " + warning);
    }
    log.flush();
    return queues.requests();
  }

  private static Path path(String name, String value) {
    try {
      if (!value.isBlank()) {
        return Path.of(value);
      }
    } catch (InvalidPathException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " is not a file name: " + value);
  }

  private static int nonNegative(String name, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        name + " must be a whole number of seconds, 0 or more: " + value);
  }

  private static int positive(String name, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be a whole number of at least 1: " + value);
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--port must be a number from 0 to 65535: " + value);
  }
}
