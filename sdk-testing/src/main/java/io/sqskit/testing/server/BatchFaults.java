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
package io.sqskit.testing.server;

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The faults that answer some batch entries in {@code Failed} ({@link
 * Fault#partialBatchFailure(int)}) or refuse receipt handles ({@link
 * Fault#receiptHandleInvalid()}). Batch answers are built as the engine builds them: {@code
 * Successful}, then {@code Failed} with {@code Id}, {@code SenderFault}, {@code Code} and {@code
 * Message}.
 */
final class BatchFaults {

  /** SQS's rule for batch entry ids: 1 to 80 letters, digits, hyphens and underscores. */
  private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private static final int MAX_ENTRIES = 10;

  private BatchFaults() {}

  /**
   * Runs the entries the rule spares and answers the others in {@code Failed}. A batch SQS refuses
   * as a whole goes to the engine unchanged, to get that error.
   */
  static Map<String, Object> partial(
      Dispatcher delegate,
      RequestContext context,
      String action,
      Map<String, Object> input,
      Fault fault) {
    List<Map<?, ?>> entries = wellFormedEntries(input);
    if (entries == null) {
      return delegate.execute(context, action, input);
    }
    List<Object> spared = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Map<?, ?> entry = entries.get(i);
      if ((i + 1) % fault.every() == 0) {
        // Non-null: partialBatchFailure sets code and message.
        failed.add(
            failure(
                entry.get("Id"),
                fault.senderFault(),
                String.valueOf(fault.entryCode()),
                String.valueOf(fault.message())));
      } else {
        spared.add(entry);
      }
    }
    List<Object> successful = new ArrayList<>();
    if (!spared.isEmpty()) {
      Map<String, Object> rest = new LinkedHashMap<>(input);
      rest.put("Entries", spared);
      Map<String, Object> out = delegate.execute(context, action, rest);
      if (out.get("Successful") instanceof List<?> ok) {
        successful.addAll(ok);
      }
      if (out.get("Failed") instanceof List<?> refused) {
        failed.addAll(0, refused);
      }
    }
    return result(successful, failed);
  }

  /**
   * Answers ReceiptHandleIsInvalid: the error itself for DeleteMessage and ChangeMessageVisibility,
   * a failed entry per entry for their batches. A call without a handle (or a batch SQS refuses as
   * a whole) goes to the engine unchanged, to get its usual error.
   */
  static Map<String, Object> invalidHandle(
      Dispatcher delegate, RequestContext context, String action, Map<String, Object> input) {
    if (!action.endsWith("Batch")) {
      if (input.get("ReceiptHandle") instanceof String handle && !handle.isEmpty()) {
        throw invalidHandle(handle);
      }
      return delegate.execute(context, action, input);
    }
    List<Map<?, ?>> entries = wellFormedEntries(input);
    if (entries == null) {
      return delegate.execute(context, action, input);
    }
    List<Object> failed = new ArrayList<>();
    SqsErrorCode code = SqsErrorCode.RECEIPT_HANDLE_IS_INVALID;
    for (Map<?, ?> entry : entries) {
      String message = invalidHandleMessage(String.valueOf(entry.get("ReceiptHandle")));
      failed.add(failure(entry.get("Id"), code.senderFault(), code.queryCode(), message));
    }
    return result(List.of(), failed);
  }

  /** ReceiptHandleIsInvalid, worded as the engine words it for a handle it cannot use. */
  private static SqsError invalidHandle(String handle) {
    return new SqsError(SqsErrorCode.RECEIPT_HANDLE_IS_INVALID, invalidHandleMessage(handle));
  }

  private static String invalidHandleMessage(String handle) {
    return "The input receipt handle \"" + handle + "\" is not a valid receipt handle.";
  }

  /**
   * The entries of a batch SQS would not refuse as a whole: 1 to 10, each with a well-formed Id, no
   * Id twice; else null.
   */
  private static @Nullable List<Map<?, ?>> wellFormedEntries(Map<String, Object> input) {
    if (!(input.get("Entries") instanceof List<?> raw)
        || raw.isEmpty()
        || raw.size() > MAX_ENTRIES) {
      return null;
    }
    List<Map<?, ?>> entries = new ArrayList<>(raw.size());
    Set<Object> ids = new HashSet<>();
    for (Object o : raw) {
      if (!(o instanceof Map<?, ?> entry)
          || !(entry.get("Id") instanceof String id)
          || !ENTRY_ID.matcher(id).matches()
          || !ids.add(id)) {
        return null;
      }
      entries.add(entry);
    }
    return entries;
  }

  private static Map<String, Object> failure(
      @Nullable Object id, boolean senderFault, String code, String message) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Id", String.valueOf(id));
    f.put("SenderFault", senderFault);
    f.put("Code", code);
    f.put("Message", message);
    return f;
  }

  private static Map<String, Object> result(List<Object> successful, List<Object> failed) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Successful", successful);
    if (!failed.isEmpty()) {
      out.put("Failed", failed);
    }
    return out;
  }
}
