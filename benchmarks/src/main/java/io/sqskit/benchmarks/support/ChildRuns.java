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
package io.sqskit.benchmarks.support;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs several child-JVM contenders in alternating order (A B C, C B A, ...) and gathers each
 * reported field as a {@link Measurement} per contender.
 */
public final class ChildRuns {
  private ChildRuns() {}

  /**
   * A child to measure.
   *
   * @param name contender name in the report
   * @param mainClass the child's main class
   * @param args its arguments
   * @param unavailable why it cannot run, or null
   */
  public record Child(
      String name, String mainClass, List<String> args, @Nullable String unavailable) {
    public Child {
      args = List.copyOf(args);
    }
  }

  /** What every contender reported: field name (plus {@code wall}) to measurement. */
  public record Outcome(Map<String, Map<String, Measurement>> byContender) {

    /** The measurement of {@code field} for {@code contender}, both of which were run. */
    public Measurement get(String contender, String field) {
      return Objects.requireNonNull(
          Objects.requireNonNull(byContender.get(contender), contender).get(field), field);
    }
  }

  /**
   * Probes each child for its classpath, then runs each {@code runs} times.
   *
   * @param fields the numeric fields of the result lines to collect, with their units
   */
  public static Outcome run(
      List<Child> children,
      Map<String, String> fields,
      int runs,
      Duration timeout,
      String tag,
      PrintStream log)
      throws InterruptedException {
    return run(children, fields, runs, timeout, entry -> true, tag, log);
  }

  /**
   * Like {@link #run(List, Map, int, Duration, String, PrintStream)}, offering the children only
   * the classpath entries {@code offered} accepts.
   */
  public static Outcome run(
      List<Child> children,
      Map<String, String> fields,
      int runs,
      Duration timeout,
      java.util.function.Predicate<String> offered,
      String tag,
      PrintStream log)
      throws InterruptedException {
    List<String> fullClasspath = new ArrayList<>(ChildJvm.currentClasspath());
    fullClasspath.removeIf(offered.negate());
    Map<Child, List<String>> classpaths = new LinkedHashMap<>();
    Map<Child, String> failures = new LinkedHashMap<>();
    Map<Child, Map<String, List<Double>>> values = new LinkedHashMap<>();
    for (Child child : children) {
      Map<String, List<Double>> perField = new LinkedHashMap<>();
      fields.keySet().forEach(f -> perField.put(f, new ArrayList<>()));
      perField.put("wall", new ArrayList<>());
      values.put(child, perField);
      String unavailable = child.unavailable();
      if (unavailable != null) {
        failures.put(child, unavailable);
        continue;
      }
      try {
        List<String> used =
            ChildJvm.usedClasspath(fullClasspath, child.mainClass(), child.args(), timeout);
        classpaths.put(child, used);
        log.printf(
            "[%s] %s child uses %d of %d classpath entries: %s%n",
            tag,
            child.name(),
            used.size(),
            fullClasspath.size(),
            used.stream()
                .map(e -> java.nio.file.Path.of(e).getFileName().toString())
                .collect(java.util.stream.Collectors.joining(" ")));
      } catch (Exception e) {
        failures.put(child, Runner.describe(e));
        log.printf(
            "[%s] %s child failed its probe run: %s%n", tag, child.name(), Runner.describe(e));
      }
    }
    for (int r = 0; r < runs; r++) {
      List<Child> order = new ArrayList<>(children);
      if (r % 2 == 1) {
        Collections.reverse(order);
      }
      for (Child child : order) {
        if (failures.containsKey(child)) {
          continue;
        }
        try {
          ChildJvm.Result result =
              ChildJvm.run(
                  // a child that did not fail its probe run has its classpath
                  Objects.requireNonNull(classpaths.get(child)),
                  List.of(),
                  child.mainClass(),
                  child.args(),
                  timeout);
          for (String field : fields.keySet()) {
            valuesOf(values, child, field).add(result.number(field));
          }
          valuesOf(values, child, "wall").add(result.wallMillis());
        } catch (Exception e) {
          failures.put(child, Runner.describe(e));
        }
      }
    }
    Map<String, Map<String, Measurement>> out = new LinkedHashMap<>();
    for (Child child : children) {
      Map<String, Measurement> perField = new LinkedHashMap<>();
      Map<String, String> units = new LinkedHashMap<>(fields);
      units.put("wall", "ms");
      for (Map.Entry<String, String> field : units.entrySet()) {
        String failure = failures.get(child);
        Measurement m =
            failure != null
                ? Measurement.notMeasured(child.name(), field.getValue(), failure)
                : Measurement.of(
                    child.name(), field.getValue(), valuesOf(values, child, field.getKey()));
        perField.put(field.getKey(), m);
        log.printf("[%s] %s %s: %s%n", tag, child.name(), field.getKey(), m.describe());
      }
      out.put(child.name(), perField);
    }
    return new Outcome(out);
  }

  /** The values of one field of one child: {@link #run} puts a list for each before any run. */
  private static List<Double> valuesOf(
      Map<Child, Map<String, List<Double>>> values, Child child, String field) {
    return Objects.requireNonNull(Objects.requireNonNull(values.get(child)).get(field));
  }
}
