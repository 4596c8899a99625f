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
package io.sqskit.testing.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recordings of real Amazon SQS answers (src/test/resources/recorded/, copies of
 * sqs-reference/recorded/: LocalStack's snapshot files, Apache-2.0) and how a case's key names its
 * test, protocol and parameter.
 */
final class Recordings {
  static final List<String> FILES =
      List.of("/recorded/test_sqs.snapshot.json", "/recorded/test_sqs_move_task.snapshot.json");

  private Recordings() {}

  /**
   * One recorded case: its full key, the recorded step contents by step name, and whether it is
   * replayed over Query although recorded over JSON.
   */
  record Case(String key, Map<String, Object> steps, boolean overQuery) {
    /** The case's name without the file and class: {@code test_x[sqs_query-True]}. */
    String name() {
      return key.substring(key.lastIndexOf("::") + 2);
    }

    /** The test function: {@code test_x}. */
    String test() {
      String n = name();
      int bracket = n.indexOf('[');
      return bracket < 0 ? n : n.substring(0, bracket);
    }

    private String suffix() {
      String n = name();
      int bracket = n.indexOf('[');
      return bracket < 0 ? "" : n.substring(bracket + 1, n.length() - 1);
    }

    /**
     * The protocol of the client the case used: {@code sqs_query} in the suffix means Query; the
     * rest ran with boto3's default for SQS, AWS JSON 1.0.
     */
    Wire.Protocol protocol() {
      String s = suffix();
      return overQuery || s.equals("sqs_query") || s.startsWith("sqs_query-")
          ? Wire.Protocol.QUERY
          : Wire.Protocol.JSON;
    }

    /**
     * The test's own parameter: {@code True} in {@code [sqs-True]}, {@code empty} in {@code
     * [empty]}.
     */
    String param() {
      String s = suffix();
      for (String p : List.of("sqs_query", "sqs")) {
        if (s.equals(p)) {
          return "";
        }
        if (s.startsWith(p + "-")) {
          return s.substring(p.length() + 1);
        }
      }
      return s;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Case> all() {
    List<Case> out = new java.util.ArrayList<>();
    for (String file : FILES) {
      try (InputStream in =
          Objects.requireNonNull(Recordings.class.getResourceAsStream(file), file)) {
        Map<String, Object> root =
            (Map<String, Object>)
                JsonTree.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        root.forEach(
            (key, value) ->
                out.add(
                    new Case(
                        key,
                        (Map<String, Object>)
                            ((Map<String, Object>) value)
                                .getOrDefault("recorded-content", new LinkedHashMap<>()),
                        false)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
