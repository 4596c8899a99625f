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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.exception.ErrorCode;
import io.sqskit.testing.engine.SqsErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the client's error table ({@link ErrorCode}) and the fake's ({@link SqsErrorCode}) to each
 * other and to the reference table {@code sqs-reference/models/error-codes.tsv}. The two tables are
 * written independently on purpose (DESIGN.md), so only a test that sees both can tell when they
 * drift apart. The reference table is a verbatim copy under this module's test resources, as in
 * sdk-core's tests: no test reads the shared folder at run time.
 */
class ErrorTablesTest {
  /** The client's rows that the fake never answers with; each is a deliberate choice. */
  private static final Set<ErrorCode> CLIENT_ONLY =
      EnumSet.of(
          // a common error SQS lists; no request to the fake combines parameters SQS refuses
          ErrorCode.INVALID_PARAMETER_COMBINATION,
          // the throttling of other AWS Query services; SQS itself sends RequestThrottled
          ErrorCode.THROTTLING);

  @Test
  void bothTablesHoldEveryReferenceRowWithItsCodeAndStatus() throws IOException {
    List<String[]> rows = referenceRows();
    assertThat(rows).hasSize(28);
    for (String[] row : rows) {
      String jsonType = row[0];
      String queryCode = row[1];
      // an empty status in the table means the model gives none: SQS answers 400
      int status = row[2].isEmpty() ? 400 : Integer.parseInt(row[2]);

      ErrorCode client = ErrorCode.lookup(jsonType).orElseThrow(() -> missing("client", jsonType));
      assertThat(client.jsonType()).as("client's JSON type of %s", jsonType).isEqualTo(jsonType);
      assertThat(client.queryCode()).as("client's Query code of %s", jsonType).isEqualTo(queryCode);
      assertThat(client.httpStatus()).as("client's status of %s", jsonType).isEqualTo(status);

      SqsErrorCode fake = fakeRow(jsonType);
      assertThat(fake.queryCode()).as("fake's Query code of %s", jsonType).isEqualTo(queryCode);
      assertThat(fake.httpStatus()).as("fake's status of %s", jsonType).isEqualTo(status);
      assertThat(fake.senderFault())
          .as("fake's fault side of %s", jsonType)
          .isEqualTo(row[3].equals("client"));
    }
  }

  @Test
  void everyErrorTheFakeSendsIsOneTheClientKnowsAlike() {
    List<String> differences = new ArrayList<>();
    for (SqsErrorCode fake : SqsErrorCode.values()) {
      ErrorCode client = ErrorCode.lookup(fake.jsonType()).orElse(null);
      if (client == null) {
        differences.add(fake + ": no client row for JSON type " + fake.jsonType());
        continue;
      }
      if (!client.jsonType().equals(fake.jsonType())
          || !client.queryCode().equals(fake.queryCode())
          || client.httpStatus() != fake.httpStatus()) {
        differences.add(
            fake
                + " "
                + Arrays.asList(fake.jsonType(), fake.queryCode(), fake.httpStatus())
                + " against the client's "
                + client
                + " "
                + Arrays.asList(client.jsonType(), client.queryCode(), client.httpStatus()));
      }
      // the Query code alone (what a Query answer carries) must find the same row
      assertThat(ErrorCode.lookup(fake.queryCode()))
          .as("lookup of %s", fake.queryCode())
          .contains(client);
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void everyClientRowIsOneTheFakeSendsOrAChosenException() {
    Set<String> fakeTypes =
        Arrays.stream(SqsErrorCode.values())
            .map(SqsErrorCode::jsonType)
            .collect(Collectors.toSet());
    Set<ErrorCode> clientOnly =
        Arrays.stream(ErrorCode.values())
            .filter(row -> !fakeTypes.contains(row.jsonType()))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorCode.class)));

    assertThat(clientOnly).isEqualTo(CLIENT_ONLY);
  }

  private static SqsErrorCode fakeRow(String jsonType) {
    return Arrays.stream(SqsErrorCode.values())
        .filter(row -> row.jsonType().equals(jsonType))
        .findFirst()
        .orElseThrow(() -> missing("fake", jsonType));
  }

  private static AssertionError missing(String side, String jsonType) {
    return new AssertionError("the " + side + "'s table has no row for " + jsonType);
  }

  private static List<String[]> referenceRows() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            ErrorTablesTest.class.getResourceAsStream("/sqs-reference/error-codes.tsv"),
            "error-codes.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).isEqualTo("json_type\tquery_code\thttp_status\tfault");
      return lines.stream()
          .skip(1)
          .filter(line -> !line.isBlank())
          .map(line -> line.split("\t", -1))
          .toList();
    }
  }
}
