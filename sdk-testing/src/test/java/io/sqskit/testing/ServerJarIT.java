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
package io.sqskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.build.TestClasses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The standalone server's jar as it would be published (run by Failsafe after {@code package}): the
 * fake, jackson-core and Typesafe Config (relocated), nothing else, runnable with {@code java
 * -jar}. The checks every published jar gets are in {@code io.sqskit.build.JarContentIT}.
 */
class ServerJarIT {

  @Test
  void theSameJarLiesAtTheStablePath() throws IOException {
    String plain = System.getProperty("sqskit.jar", "target/missing.jar");
    Path versioned = Path.of(plain.substring(0, plain.length() - ".jar".length()) + "-server.jar");
    Path stable = versioned.resolveSibling("sqskit-server.jar");
    assertThat(stable).as("target/sqskit-server.jar; run through mvn verify").isRegularFile();
    try (JarFile one = new JarFile(versioned.toFile());
        JarFile other = new JarFile(stable.toFile())) {
      List<String> names = new ArrayList<>();
      for (JarEntry e : Collections.list(one.entries())) {
        names.add(e.getName());
      }
      List<String> stableNames = new ArrayList<>();
      for (JarEntry e : Collections.list(other.entries())) {
        stableNames.add(e.getName());
      }
      assertThat(stableNames).containsExactlyInAnyOrderElementsOf(names);
      assertThat(other.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.sqskit.testing.server.SqsServerMain");
    }
  }

  @Test
  void typesafeConfigIsRelocatedInsideTheServerJarAndNotInheritedFromThePom() throws Exception {
    String plain = System.getProperty("sqskit.jar", "target/missing.jar");
    Path path = Path.of(plain.substring(0, plain.length() - ".jar".length()) + "-server.jar");
    assertThat(path).as("the server jar; run through mvn verify").isRegularFile();
    try (JarFile jar = new JarFile(path.toFile())) {
      assertThat(jar.getEntry("io/sqskit/testing/shaded/config/ConfigFactory.class")).isNotNull();
      List<String> unrelocated = new ArrayList<>();
      for (JarEntry e : Collections.list(jar.entries())) {
        if (e.getName().startsWith("com/typesafe/")) {
          unrelocated.add(e.getName());
        }
      }
      assertThat(unrelocated).isEmpty();
      // The class that reads --config calls the relocated classes, not the original ones.
      JarEntry reader = jar.getJarEntry("io/sqskit/testing/server/ElasticMqConfig.class");
      String constants;
      try (java.io.InputStream in = jar.getInputStream(reader)) {
        constants = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      assertThat(constants)
          .contains("io/sqskit/testing/shaded/config/ConfigFactory")
          .doesNotContain("com/typesafe/config");
    }
    // Declared optional, so a project that depends on sdk-testing does not inherit it.
    org.w3c.dom.Document pom =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("pom.xml").toFile());
    org.w3c.dom.NodeList dependencies = pom.getElementsByTagName("dependency");
    List<String> typesafe = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      org.w3c.dom.Element d = (org.w3c.dom.Element) dependencies.item(i);
      String group = d.getElementsByTagName("groupId").item(0).getTextContent();
      if (group.equals("com.typesafe")) {
        org.w3c.dom.NodeList optional = d.getElementsByTagName("optional");
        org.w3c.dom.NodeList scope = d.getElementsByTagName("scope");
        typesafe.add(
            (optional.getLength() == 1 ? "optional=" + optional.item(0).getTextContent() : "")
                + (scope.getLength() == 1 ? "scope=" + scope.item(0).getTextContent() : ""));
      }
    }
    assertThat(typesafe).containsExactly("optional=true");
  }

  @Test
  void holdsTheFakeAndJacksonCoreAloneAndNamesItsMainClass() throws IOException {
    String plain = System.getProperty("sqskit.jar", "target/missing.jar");
    Path path = Path.of(plain.substring(0, plain.length() - ".jar".length()) + "-server.jar");
    assertThat(path).as("the server jar; run through mvn verify").isRegularFile();
    Set<String> tests = TestClasses.names("io/sqskit/testing/ServerJarIT.class");
    List<String> strays = new ArrayList<>();
    try (JarFile jar = new JarFile(path.toFile())) {
      for (JarEntry e : Collections.list(jar.entries())) {
        String name = e.getName();
        boolean allowed =
            e.isDirectory()
                || name.startsWith("io/sqskit/testing/")
                || name.startsWith("com/fasterxml/jackson/core/")
                || name.startsWith("META-INF/");
        if (!allowed || tests.contains(name)) {
          strays.add(name);
        }
      }
      assertThat(strays).as("entries that do not belong in the server jar").isEmpty();
      Attributes attributes = jar.getManifest().getMainAttributes();
      assertThat(attributes.getValue("Main-Class"))
          .isEqualTo("io.sqskit.testing.server.SqsServerMain");
      assertThat(attributes.getValue("Automatic-Module-Name")).isEqualTo("io.sqskit.testing");
      // jackson-core keeps classes for newer JVMs under META-INF/versions; without this attribute
      // the JVM would silently use the Java 8 ones.
      assertThat(jar.getEntry("META-INF/versions/17/")).isNotNull();
      assertThat(attributes.getValue("Multi-Release")).isEqualTo("true");
      // Jackson's licence and notice travel with its classes (Apache License 2.0, section 4).
      assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
      assertThat(jar.getEntry("META-INF/NOTICE")).isNotNull();
    }
  }
}
