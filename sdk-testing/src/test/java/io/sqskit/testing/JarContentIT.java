package io.sqskit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sdk-testing jars as they would be published (run by Failsafe after {@code package}): only
 * sqskit's own classes of this module, compiled for Java 17, with its module name and stable entry
 * times; and the standalone server's jar, which adds jackson-core and nothing else.
 */
class JarContentIT {
  private static final int JAVA_17 = 61;

  private static JarFile jar() throws IOException {
    return open(System.getProperty("sqskit.jar", "target/missing.jar"));
  }

  private static JarFile serverJar() throws IOException {
    String plain = System.getProperty("sqskit.jar", "target/missing.jar");
    return open(plain.substring(0, plain.length() - ".jar".length()) + "-server.jar");
  }

  private static JarFile open(String file) throws IOException {
    Path path = Path.of(file);
    assertThat(path).as("a jar of this module; run through mvn verify").isRegularFile();
    return new JarFile(path.toFile());
  }

  /** The class files the module's tests compiled to, as jar entry names. */
  private static Set<String> testClasses() throws IOException {
    Path root = Path.of(System.getProperty("sqskit.testClasses", "target/test-classes"));
    try (Stream<Path> files = Files.walk(root)) {
      Set<String> names = new HashSet<>();
      files
          .filter(f -> f.toString().endsWith(".class"))
          .forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
      assertThat(names)
          .as("the test classes, found")
          .contains("io/sqskit/testing/JarContentIT.class");
      return names;
    }
  }

  @Test
  void holdsOnlyThisModulesClassesAndItsMavenMetadata() throws IOException {
    List<String> strays = new ArrayList<>();
    Set<String> tests = testClasses();
    try (JarFile jar = jar()) {
      for (JarEntry e : Collections.list(jar.entries())) {
        String name = e.getName();
        boolean own = name.startsWith("io/sqskit/testing/");
        boolean meta =
            name.equals("META-INF/MANIFEST.MF") || name.startsWith("META-INF/maven/io.sqskit/");
        if (!e.isDirectory() && !own && !meta) {
          strays.add(name);
        }
        if (tests.contains(name)) {
          strays.add(name + " (a test class)");
        }
      }
      assertThat(strays).as("entries that do not belong in sdk-testing's jar").isEmpty();
      assertThat(jar.getEntry("io/sqskit/testing/server/SqsServer.class")).isNotNull();
    }
  }

  @Test
  void namesItsModuleAndTargetsJava17() throws IOException {
    try (JarFile jar = jar()) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("io.sqskit.testing");
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
  void isReproducible() throws IOException {
    // project.build.outputTimestamp gives every entry one time, so two builds give the same bytes.
    try (JarFile jar = jar()) {
      Set<Long> times = new HashSet<>();
      for (JarEntry e : Collections.list(jar.entries())) {
        times.add(e.getTime());
      }
      assertThat(times).hasSize(1);
    }
  }

  @Test
  void serverJarRunsTheServerOnTheJdkAndJacksonCoreAlone() throws IOException {
    List<String> strays = new ArrayList<>();
    Set<String> tests = testClasses();
    try (JarFile jar = serverJar()) {
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
      var attributes = jar.getManifest().getMainAttributes();
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
