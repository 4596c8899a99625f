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
package io.sqskit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A published module's jar as it would be released, run by Failsafe after {@code package}: only the
 * module's own classes (none of its tests), Java 17 class files, its module name, and one time on
 * every entry so that two builds give the same bytes.
 *
 * <p>One source for every published module (added to each one's tests by build-helper), told what
 * to expect through system properties the module's pom sets: {@code sqskit.jar}, {@code
 * sqskit.testClasses}, {@code sqskit.moduleName}, {@code sqskit.ownPrefix} (entries the module
 * owns), {@code sqskit.foreignPrefixes} (comma-separated parts of that prefix owned by other
 * modules, may be empty) and {@code sqskit.mustContain} (one class entry the jar must hold); and
 * for the {@code -sources.jar} and {@code -javadoc.jar} Maven Central requires beside it, {@code
 * sqskit.sourcesJar}, {@code sqskit.javadocJar} and {@code sqskit.sourceDirectory}.
 */
class JarContentIT {
  private static final int JAVA_17 = 61;

  private static String property(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property " + name + ", set by the module's pom").isNotNull();
    return value;
  }

  private static JarFile jar() throws IOException {
    return jar("sqskit.jar");
  }

  private static JarFile jar(String property) throws IOException {
    Path path = Path.of(property(property));
    assertThat(path).as("the jar in " + property + "; run through mvn verify").isRegularFile();
    return new JarFile(path.toFile());
  }

  private static Set<String> entryNames(JarFile jar) {
    Set<String> names = new HashSet<>();
    for (JarEntry e : Collections.list(jar.entries())) {
      names.add(e.getName());
    }
    return names;
  }

  @Test
  void sourcesJarHoldsEveryJavaFileOfTheModule() throws IOException {
    Path root = Path.of(property("sqskit.sourceDirectory"));
    Set<String> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .collect(Collectors.toSet());
    }
    assertThat(sources).as("the module's sources, found").isNotEmpty();
    try (JarFile jar = jar("sqskit.sourcesJar")) {
      Set<String> javaEntries =
          entryNames(jar).stream().filter(n -> n.endsWith(".java")).collect(Collectors.toSet());
      assertThat(javaEntries).isEqualTo(sources);
    }
  }

  @Test
  void javadocJarDocumentsThePublicPackagesOnly() throws IOException {
    String mustContain = property("sqskit.mustContain");
    String page = mustContain.substring(0, mustContain.length() - ".class".length()) + ".html";
    try (JarFile jar = jar("sqskit.javadocJar")) {
      Set<String> names = entryNames(jar);
      assertThat(names).contains("index.html", page);
      assertThat(names)
          .as("pages of internal packages, which carry no promise")
          .noneMatch(n -> n.contains("/internal/"));
    }
  }

  @Test
  void holdsOnlyTheModulesOwnClassesAndItsMavenMetadata() throws IOException {
    String own = property("sqskit.ownPrefix");
    List<String> foreign =
        Arrays.stream(property("sqskit.foreignPrefixes").split(","))
            .map(String::trim)
            .filter(p -> !p.isEmpty())
            .toList();
    Set<String> tests = TestClasses.names("io/sqskit/build/JarContentIT.class");
    List<String> strays = new ArrayList<>();
    try (JarFile jar = jar()) {
      for (JarEntry e : Collections.list(jar.entries())) {
        String name = e.getName();
        boolean owned = name.startsWith(own) && foreign.stream().noneMatch(name::startsWith);
        boolean meta =
            name.equals("META-INF/MANIFEST.MF") || name.startsWith("META-INF/maven/io.sqskit/");
        if (!e.isDirectory() && !owned && !meta) {
          strays.add(name);
        }
        if (tests.contains(name)) {
          strays.add(name + " (a test class)");
        }
      }
      assertThat(strays).as("entries that do not belong in this jar").isEmpty();
      assertThat(jar.getEntry(property("sqskit.mustContain"))).isNotNull();
    }
  }

  @Test
  void namesItsModuleAndTargetsJava17() throws IOException {
    try (JarFile jar = jar()) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo(property("sqskit.moduleName"));
      Set<Integer> majors = new HashSet<>();
      for (JarEntry e : Collections.list(jar.entries())) {
        if (e.getName().endsWith(".class")) {
          try (InputStream in = jar.getInputStream(e)) {
            DataInputStream data = new DataInputStream(in);
            assertThat(data.readInt()).as(e.getName()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort(); // minor version
            majors.add(data.readUnsignedShort());
          }
        }
      }
      assertThat(majors).containsExactly(JAVA_17);
    }
  }

  @Test
  void givesEveryEntryTheSameTime() throws IOException {
    // project.build.outputTimestamp gives every entry one time, so two builds give the same bytes.
    try (JarFile jar = jar()) {
      Set<Long> times = new HashSet<>();
      for (JarEntry e : Collections.list(jar.entries())) {
        times.add(e.getTime());
      }
      assertThat(times).hasSize(1);
    }
  }
}
