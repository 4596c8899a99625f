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
package io.sqskit.junit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of the README is a region of a test source in this package, word for word, so
 * that the README's examples compile and run in the build.
 *
 * <p>Each {@code java} block follows a comment {@code <!-- example: FILE#REGION -->}: FILE is a
 * source in this package, REGION either the lines between {@code // region REGION} and {@code //
 * endregion REGION}, or {@code file} for everything after the package line. Lines ending in {@code
 * // readme-hide} (the test's own checks) are left out; indentation is compared relative to the
 * block. Why regions of real tests and not blocks compiled from the README at run time: the
 * examples need sdk-core, sdk-testing and the extension on the class path and a JUnit engine to run
 * {@code @SqsTest} classes, which this module's tests have; google-java-format keeps them
 * formatted; and an API change breaks the compile here, where the IDE shows it.
 */
class ReadmeExamplesTest {
  private static final Path ROOT = Path.of("..");
  private static final Path SOURCES =
      Path.of("src", "test", "java", "io", "sqskit", "junit", "readme");
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^([ \\t]*)```java\\n(.*?)^[ \\t]*```$", Pattern.DOTALL);
  private static final Pattern MARKER = Pattern.compile("<!-- example: (\\S+)#(\\S+) -->\\s*$");

  @Test
  void everyJavaBlockOfTheReadmeIsARegionOfATestHere() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher block = BLOCK.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (block.find()) {
      String before = readme.substring(0, block.start()).stripTrailing();
      Matcher marker = MARKER.matcher(before.substring(before.lastIndexOf('\n') + 1));
      assertThat(marker.find())
          .as("the line before the java block at offset %d names its source", block.start())
          .isTrue();
      String region = region(SOURCES.resolve(marker.group(1)), marker.group(2));
      assertThat(dedent(block.group(2)))
          .as("README block of %s#%s", marker.group(1), marker.group(2))
          .isEqualTo(region);
      checked.add(marker.group(1) + "#" + marker.group(2));
    }
    assertThat(checked)
        .as("the README's examples")
        .contains(
            "ClientExampleTest.java#client",
            "FakeExampleTest.java#fake",
            "CheckoutTest.java#file",
            "ThrottleExampleTest.java#throttle",
            "ThrottleExampleTest.java#fast-retries",
            "BothClientsExampleTest.java#both-clients",
            "InJvmCheckoutTest.java#file",
            "LifeExampleTest.java#life",
            "LifeFaultsExampleTest.java#duplicate",
            "LifeFaultsExampleTest.java#partial-batch",
            "LifeFaultsExampleTest.java#invalid-handle",
            "BatcherExampleTest.java#batcher")
        .doesNotHaveDuplicates();
  }

  private static String region(Path file, String name) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> out = new ArrayList<>();
    if (name.equals("file")) {
      int pkg = 0;
      while (!lines.get(pkg).startsWith("package ")) {
        pkg++;
      }
      out.addAll(lines.subList(pkg + 1, lines.size()));
    } else {
      int start = lines.indexOf(indentOf(lines, "// region " + name) + "// region " + name);
      int end = lines.indexOf(indentOf(lines, "// endregion " + name) + "// endregion " + name);
      assertThat(start).as("// region %s in %s", name, file).isNotNegative();
      assertThat(end).as("// endregion %s in %s", name, file).isGreaterThan(start);
      out.addAll(lines.subList(start + 1, end));
    }
    List<String> shown =
        out.stream().filter(l -> !l.endsWith("// readme-hide")).collect(Collectors.toList());
    return dedent(String.join("\n", shown) + "\n");
  }

  private static String indentOf(List<String> lines, String marker) {
    for (String line : lines) {
      if (line.strip().equals(marker)) {
        return line.substring(0, line.indexOf(marker));
      }
    }
    return "";
  }

  /** The text without leading and trailing blank lines and without the indentation all share. */
  static String dedent(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        common = Math.min(common, line.length() - line.stripLeading().length());
      }
    }
    int cut = common == Integer.MAX_VALUE ? 0 : common;
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(cut))
        .collect(Collectors.joining("\n"));
  }
}
