package io.sqskit.testing.server;

import io.sqskit.testing.engine.SqsEngine;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standalone fake SQS: {@code java -jar sdk-testing-<version>-server.jar [--port 9324] [--host
 * 127.0.0.1] [--account 000000000000] [--region us-east-1] [--credentials KEY:SECRET]
 * [--in-flight-limit 120000]}. {@code --credentials} (repeatable) turns on strict SigV4
 * verification with those keys; {@code --in-flight-limit} lowers SQS's quota of messages in flight
 * per queue so that a client's handling of it can be tried.
 *
 * <p>Prints exactly one line, {@code listening on http://<host>:<port>}, once it answers; stops on
 * SIGTERM or Ctrl-C. Bad arguments print the usage and exit with status 2.
 */
public final class SqsServerMain {

  static final String USAGE =
      "usage: java -jar sdk-testing-<version>-server.jar [--port <0-65535, default 9324>]"
          + " [--host <address, default 127.0.0.1>] [--account <12 digits>] [--region <region>]"
          + " [--credentials <access key id>:<secret key> (repeatable; verifies signatures)]"
          + " [--in-flight-limit <messages in flight per queue, default 120000>]";

  private SqsServerMain() {}

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(USAGE);
      return;
    }
    SqsServer server;
    try {
      server = launch(args, System.out);
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
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sqskit-server-shutdown"));
  }

  /**
   * Starts a server as {@code args} say and prints its one line to {@code out}.
   *
   * @throws IllegalArgumentException for bad arguments, with a message naming the argument
   * @throws UncheckedIOException when the address cannot be bound
   */
  static SqsServer launch(String[] args, PrintStream out) {
    int port = 9324;
    String host = "127.0.0.1";
    String account = null;
    String region = null;
    Integer inFlightLimit = null;
    Map<String, String> credentials = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value for " + name);
      }
      String value = args[++i];
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
          if (!SqsHttpHandler.isAccountId(value)) {
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
        default:
          throw new IllegalArgumentException("unknown argument " + name);
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
    SqsServer.Builder builder = SqsServer.builder().engine(engine.build()).host(host).port(port);
    credentials.forEach(builder::credentials);
    SqsServer server = builder.build().start();
    out.println("listening on " + server.endpoint());
    out.flush();
    return server;
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
