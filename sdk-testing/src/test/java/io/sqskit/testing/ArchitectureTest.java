package io.sqskit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of HTTP; Jackson stays inside the protocol adapters (DESIGN.md). */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      // The module's own main classes only: scanning the whole class path is slow and adds nothing.
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void engineKnowsNothingOfHttpOrProtocols() {
    noClasses()
        .that()
        .resideInAPackage("io.sqskit.testing.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.sqskit.testing.server..",
            "io.sqskit.testing.protocol..",
            "com.sun.net.httpserver..")
        .check(MAIN);
  }

  @Test
  void jacksonStaysInsideTheProtocolAdapters() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sqskit.testing.protocol..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .check(MAIN);
  }

  @Test
  void protocolAdaptersDoNotDependOnTheServer() {
    noClasses()
        .that()
        .resideInAPackage("io.sqskit.testing.protocol..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.sqskit.testing.server..")
        .check(MAIN);
  }
}
