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
package io.sqskit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps each third-party library inside the one package that adapts it, so that it can be shaded or
 * replaced later without touching the public API (STYLE.md section 9).
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      // The module's own main classes only: scanning the whole class path is slow and adds nothing.
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void apacheHttpClientStaysInTheTransportAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sqskit.internal.transport..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.hc..")
        .check(MAIN);
  }

  @Test
  void jacksonStaysInTheProtocolPackages() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sqskit.internal.protocol..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .check(MAIN);
  }

  @Test
  void awsSdkTypesAppearOnlyInSigningAndTheCredentialsAdapter() {
    // The client builder accepts an AWS credentials provider: the one AWS type in the public API.
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "io.sqskit.internal", "io.sqskit.internal.signing..", "io.sqskit.client")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("software.amazon.awssdk..")
        .check(MAIN);
  }

  @Test
  void valuesExceptionsAndSpiDoNotReachIntoInternals() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.sqskit.model..",
            "io.sqskit.exception..",
            "io.sqskit.retry..",
            "io.sqskit.transport..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.sqskit.internal..")
        .check(MAIN);
  }

  @Test
  void theClientAndThePipelineKnowOnlyTheProtocolInterface() {
    // the protocol is chosen once (SqsProtocol.of); a reference to an implementation package from
    // the client or the pipeline would be a protocol branch creeping back in
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sqskit.internal.protocol..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.sqskit.internal.protocol.json..",
            "io.sqskit.internal.protocol.query..",
            "io.sqskit.internal.protocol.xml..")
        .check(MAIN);
  }

  @Test
  void theClientAndThePipelineNeverAskWhichProtocolTheyRun() {
    // the client hands its configured Protocol to SqsProtocol.of and never compares it
    noClasses()
        .that()
        .haveFullyQualifiedName("io.sqskit.internal.DefaultSqsClient")
        .or()
        .haveFullyQualifiedName("io.sqskit.internal.RequestPipeline")
        .should()
        .accessField(io.sqskit.client.Protocol.class, "JSON")
        .orShould()
        .accessField(io.sqskit.client.Protocol.class, "QUERY")
        .check(MAIN);
  }
}
