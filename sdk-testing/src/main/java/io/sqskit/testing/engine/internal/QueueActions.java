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
package io.sqskit.testing.engine.internal;

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The queue-level actions: lifecycle, attributes, tags, permissions, dead-letter sources. */
final class QueueActions {
  private static final int MAX_TAGS = 50;

  /** SQS Developer Guide, policy quotas. */
  private static final int MAX_POLICY_STATEMENTS = 20;

  private static final Set<String> PERMISSION_ACTIONS =
      Set.of(
          "*",
          "SendMessage",
          "ReceiveMessage",
          "DeleteMessage",
          "ChangeMessageVisibility",
          "GetQueueAttributes",
          "GetQueueUrl",
          "ListDeadLetterSourceQueues",
          "PurgeQueue");

  private final EngineCore core;

  QueueActions(EngineCore core) {
    this.core = core;
  }

  // ---------------------------------------------------------------- lifecycle

  Map<String, Object> createQueue(RequestContext ctx, Map<String, Object> in) {
    String name = Params.string(in, "QueueName");
    if (name == null) {
      throw Params.missing("QueueName");
    }
    Map<String, String> attributes = Params.stringMap(in, "Attributes");
    if (attributes == null) {
      attributes = Map.of();
    }
    Map<String, String> tags = Params.stringMap(in, "tags");
    boolean fifo = name.endsWith(".fifo");
    validateName(name, fifo, attributes);
    String account = core.account(ctx);
    String region = core.region(ctx);
    long now = core.now();
    QueueSettings settings = new QueueSettings(fifo);
    settings.apply(
        attributes, true, arn -> core.byArnIn(arn, region), Arns.queueArn(region, account, name));
    if (tags != null) {
      validateTags(tags, 0, name);
    }
    synchronized (core.createLock) {
      QueueState existing = core.get(account, region, name);
      if (existing != null) {
        existing.lock.lock();
        try {
          List<String> diff = existing.settings.differences(settings, attributes.keySet());
          if (!diff.isEmpty()) {
            // Recorded (test_create_queue_with_different_attributes_raises_exception).
            throw new SqsError(
                SqsErrorCode.QUEUE_NAME_EXISTS,
                "A queue already exists with the same name and a different value for attribute "
                    + diff.get(0));
          }
        } finally {
          existing.lock.unlock();
        }
        return Map.of("QueueUrl", core.url(ctx, existing));
      }
      Long deleted = core.deletedAt(account, region, name);
      if (deleted != null) {
        if (core.deleteCooldown && now < deleted + EngineCore.SIXTY_SECONDS) {
          throw new SqsError(
              SqsErrorCode.QUEUE_DELETED_RECENTLY,
              "You must wait 60 seconds after deleting a queue before you can create another with"
                  + " the same name.");
        }
        core.forgetDeleted(account, region, name);
      }
      QueueState q =
          new QueueState(
              core.nextSerial(), account, name, region, settings, now, core.recordHistory);
      if (tags != null) {
        q.tags.putAll(tags);
      }
      core.queuesOf(account, region).put(name, q);
      return Map.of("QueueUrl", core.url(ctx, q));
    }
  }

  private static void validateName(String name, boolean fifo, Map<String, String> attributes) {
    String base = fifo ? name.substring(0, name.length() - 5) : name;
    boolean fifoAttribute = "true".equalsIgnoreCase(attributes.get("FifoQueue"));
    if (fifo && !fifoAttribute) {
      // A .fifo name without FifoQueue=true: SQS rejects the name as a standard queue name.
      throw badName();
    }
    // FifoQueue=true with a name without .fifo: SQS rejects the name as a FIFO queue name ("Unknown
    // Attribute FifoQueue" is its answer to FifoQueue=false on a standard name only).
    if ((!fifo && fifoAttribute)
        || name.isEmpty()
        || name.length() > 80
        || !Texts.isWordChars(base)
        || base.isEmpty()) {
      if (fifoAttribute) {
        // AWS text for invalid FIFO queue names (CreateQueue API reference, QueueName).
        throw new SqsError(
            SqsErrorCode.INVALID_PARAMETER_VALUE,
            "The name of a FIFO queue can only include alphanumeric characters, hyphens, or"
                + " underscores, must end with .fifo suffix and be 1 to 80 in length.");
      }
      throw badName();
    }
  }

  private static SqsError badName() {
    // AWS answer for invalid queue names; the reference lists the rule (semantics.md) not the text.
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
  }

  Map<String, Object> getQueueUrl(RequestContext ctx, Map<String, Object> in) {
    String name = Params.requiredString(in, "QueueName");
    String owner = Params.string(in, "QueueOwnerAWSAccountId");
    String account = owner == null || owner.isEmpty() ? core.account(ctx) : owner;
    QueueState q = core.getOrCreate(account, core.region(ctx), name);
    if (q == null) {
      throw EngineCore.queueDoesNotExist();
    }
    return Map.of("QueueUrl", core.url(ctx, q));
  }

  Map<String, Object> listQueues(RequestContext ctx, Map<String, Object> in) {
    String prefix = Params.string(in, "QueueNamePrefix");
    Integer maxResults = Params.integer(in, "MaxResults");
    String token = Params.string(in, "NextToken");
    List<QueueState> queues =
        new ArrayList<>(core.queuesOf(core.account(ctx), core.region(ctx)).values());
    if (prefix != null && !prefix.isEmpty()) {
      queues.removeIf(q -> !q.name.startsWith(prefix));
    }
    return page(ctx, queues, maxResults, token, "QueueUrls");
  }

  /** One page of queue URLs; the token is the base64 of the last name returned. */
  private Map<String, Object> page(
      RequestContext ctx,
      List<QueueState> queues,
      @Nullable Integer maxResults,
      @Nullable String token,
      String key) {
    if (maxResults != null && (maxResults < 1 || maxResults > 1000)) {
      throw Params.invalid(
          "MaxResults", maxResults, "MaxResults must be an integer between 1 and 1000.");
    }
    int start = 0;
    if (token != null && !token.isEmpty()) {
      String after;
      try {
        after = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw Params.invalid("NextToken", token, "Invalid NextToken value.");
      }
      while (start < queues.size() && queues.get(start).name.compareTo(after) <= 0) {
        start++;
      }
    }
    int limit = maxResults == null ? 1000 : maxResults;
    int end = Math.min(queues.size(), start + limit);
    List<Object> urls = new ArrayList<>();
    for (int i = start; i < end; i++) {
      urls.add(core.url(ctx, queues.get(i)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (!urls.isEmpty()) {
      out.put(key, urls);
    }
    // Paging only when the caller asked for it with MaxResults (ListQueues API reference).
    if (maxResults != null && end < queues.size()) {
      String last = queues.get(end - 1).name;
      out.put(
          "NextToken", Base64.getEncoder().encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  Map<String, Object> deleteQueue(RequestContext ctx, Map<String, Object> in) {
    // never auto-created: making a queue only to delete it would answer success for a typo
    QueueState q = core.resolve(ctx, Params.string(in, "QueueUrl"), false);
    long now = core.now();
    synchronized (core.createLock) {
      q.lock.lock();
      try {
        if (q.deleted) {
          throw EngineCore.queueDoesNotExist();
        }
        q.deleted = true;
        q.purge(now);
        q.changed.signalAll();
      } finally {
        q.lock.unlock();
      }
      core.markDeleted(q, now);
    }
    core.moveTasks.queueDeleted(q);
    return Map.of();
  }

  Map<String, Object> purgeQueue(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    long now = core.now();
    q.lock.lock();
    try {
      if (core.purgeCooldown
          && q.lastPurgeMillis != Long.MIN_VALUE
          && now < q.lastPurgeMillis + EngineCore.SIXTY_SECONDS) {
        // Recorded (test_successive_purge_calls_fail).
        throw new SqsError(
            SqsErrorCode.PURGE_QUEUE_IN_PROGRESS,
            "Only one PurgeQueue operation on " + q.name + " is allowed every 60 seconds.");
      }
      q.lastPurgeMillis = now;
      q.purge(now);
    } finally {
      q.lock.unlock();
    }
    return Map.of();
  }

  // ---------------------------------------------------------------- attributes

  private static final List<String> ALL_NAMES;

  static {
    List<String> names = new ArrayList<>(QueueSettings.SETTABLE);
    names.addAll(QueueSettings.READ_ONLY);
    ALL_NAMES = List.copyOf(names);
  }

  Map<String, Object> getQueueAttributes(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    List<String> names = Params.strings(in, "AttributeNames");
    boolean all = false;
    if (names != null) {
      for (String n : names) {
        if (n.equals("All")) {
          all = true;
        } else if (!ALL_NAMES.contains(n)) {
          throw QueueSettings.unknown(n);
        }
      }
    }
    if (names == null || names.isEmpty()) {
      return Map.of();
    }
    Map<String, String> values = new TreeMap<>();
    long now = core.now();
    q.lock.lock();
    try {
      q.refresh(now);
      values.putAll(q.settings.render());
      values.put("ApproximateNumberOfMessages", Integer.toString(q.visibleCount()));
      values.put("ApproximateNumberOfMessagesNotVisible", Integer.toString(q.inFlightCount()));
      values.put("ApproximateNumberOfMessagesDelayed", Integer.toString(q.delayedCount()));
      values.put("CreatedTimestamp", Long.toString(q.createdMillis / 1000));
      values.put("LastModifiedTimestamp", Long.toString(q.lastModifiedMillis / 1000));
      values.put("QueueArn", q.arn);
    } finally {
      q.lock.unlock();
    }
    if (!all) {
      values.keySet().retainAll(names);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (!values.isEmpty()) {
      out.put("Attributes", new LinkedHashMap<String, Object>(values));
    }
    return out;
  }

  Map<String, Object> setQueueAttributes(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    Map<String, String> attributes = Params.stringMap(in, "Attributes");
    if (attributes == null) {
      throw Params.missing("Attributes");
    }
    for (String n : attributes.keySet()) {
      if (QueueSettings.READ_ONLY.contains(n)) {
        throw QueueSettings.unknown(n);
      }
    }
    long now = core.now();
    q.lock.lock();
    try {
      QueueSettings copy = q.settings.copy();
      copy.apply(attributes, false, arn -> core.byArnIn(arn, Arns.region(q.arn)), q.arn);
      q.refresh(now);
      int oldDelay = q.settings.delaySeconds;
      q.settings = copy;
      if (q.fifo && copy.delaySeconds != oldDelay) {
        // Retroactive on FIFO queues only (SQS Developer Guide, delay queues).
        q.applyQueueDelay(copy.delaySeconds * 1000L, now);
      }
      q.lastModifiedMillis = now;
      q.signalWaiters();
    } finally {
      q.lock.unlock();
    }
    return Map.of();
  }

  // ---------------------------------------------------------------- tags

  /** Letters, digits and separators of any script, and _ . : / = + - @ (queue quotas, tags). */
  private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private static void validateTags(Map<String, String> tags, int existing, String queueName) {
    // Rules from the SQS developer guide (queue quotas, queue tag); the texts are ours. Lengths
    // count Unicode characters, not UTF-16 units.
    for (Map.Entry<String, String> e : tags.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      if (key == null || key.isEmpty() || key.codePointCount(0, key.length()) > 128) {
        throw Params.invalid(
            "Tag key", key, "Tag keys must be between 1 and 128 characters in length.");
      }
      if (value.codePointCount(0, value.length()) > 256) {
        throw Params.invalid(
            "Tag value", value, "Tag values must be at most 256 characters in length.");
      }
      checkTagText("Tag key", key);
      checkTagText("Tag value", value);
    }
    if (existing + tags.size() > MAX_TAGS) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          "Too many tags added for queue " + queueName + ". A queue can have at most 50 tags.");
    }
  }

  private static void checkTagText(String parameter, String text) {
    if (!TAG_TEXT.matcher(text).matches()) {
      throw Params.invalid(
          parameter,
          text,
          "Tags can only contain Unicode letters, digits, white space and _ . : / = + - @.");
    }
    if (text.regionMatches(true, 0, "aws:", 0, 4)) {
      throw Params.invalid(parameter, text, "The prefix aws: is reserved for AWS use.");
    }
  }

  Map<String, Object> tagQueue(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    Map<String, String> tags = Params.stringMap(in, "Tags");
    if (tags == null || tags.isEmpty()) {
      throw Params.missing("Tags");
    }
    q.lock.lock();
    try {
      int kept = 0;
      for (String k : q.tags.keySet()) {
        if (!tags.containsKey(k)) {
          kept++;
        }
      }
      validateTags(tags, kept, q.name);
      q.tags.putAll(tags);
    } finally {
      q.lock.unlock();
    }
    return Map.of();
  }

  Map<String, Object> untagQueue(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    List<String> keys = Params.strings(in, "TagKeys");
    if (keys == null || keys.isEmpty()) {
      throw Params.missing("TagKeys");
    }
    q.lock.lock();
    try {
      keys.forEach(q.tags::remove);
    } finally {
      q.lock.unlock();
    }
    return Map.of();
  }

  Map<String, Object> listQueueTags(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    q.lock.lock();
    try {
      if (q.tags.isEmpty()) {
        return Map.of(); // recorded (test_tag_untag_queue): no Tags member when there are none
      }
      return Map.of("Tags", new LinkedHashMap<String, Object>(q.tags));
    } finally {
      q.lock.unlock();
    }
  }

  // ---------------------------------------------------------------- permissions

  Map<String, Object> addPermission(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    String label = Params.requiredString(in, "Label");
    List<String> accounts = Params.strings(in, "AWSAccountIds");
    List<String> actions = Params.strings(in, "Actions");
    if (accounts == null || accounts.isEmpty()) {
      throw Params.missing("AWSAccountIds");
    }
    if (actions == null || actions.isEmpty()) {
      throw Params.missing("Actions");
    }
    if (label.length() > 80 || !Texts.isWordChars(label)) {
      throw Params.invalid(
          "Label",
          label,
          "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
    }
    for (String a : actions) {
      if (!PERMISSION_ACTIONS.contains(a)) {
        throw Params.invalid(
            "ActionName", a, "Please refer to the appropriate WSDL for a list of valid actions.");
      }
    }
    long now = core.now();
    q.lock.lock();
    try {
      Map<String, Object> policy = policyOf(q);
      List<Object> statements = statements(policy);
      for (Object s : statements) {
        if (s instanceof Map<?, ?> m && label.equals(m.get("Sid"))) {
          // Recorded (test_sqs_permission_lifecycle).
          throw Params.invalid("Label", label, "Already exists.");
        }
      }
      if (statements.size() >= MAX_POLICY_STATEMENTS) {
        // The AddPermission API reference: OverLimit when the queue has the most permissions it can
        // (policy quotas: 20 statements). The text is the service model's description of OverLimit.
        throw new SqsError(SqsErrorCode.OVER_LIMIT, "The specified action violates a limit.");
      }
      // Statement shape recorded in test_sqs_permission_lifecycle: one principal or action is a
      // plain string, several are a list.
      Map<String, Object> statement = new LinkedHashMap<>();
      statement.put("Sid", label);
      statement.put("Effect", "Allow");
      // Recorded (test_sqs_permission_lifecycle): AWSAccountIds [111111111111, 668614515564] come
      // back as [668614515564, 111111111111]; the one recorded pair fits descending account ids.
      List<String> sorted = new ArrayList<>(accounts);
      sorted.sort(java.util.Comparator.reverseOrder());
      List<Object> principals = new ArrayList<>();
      for (String a : sorted) {
        principals.add("arn:aws:iam::" + a + ":root");
      }
      statement.put(
          "Principal", Map.of("AWS", principals.size() == 1 ? principals.get(0) : principals));
      List<Object> actionNames = new ArrayList<>();
      for (String a : actions) {
        actionNames.add("SQS:" + a);
      }
      statement.put("Action", actionNames.size() == 1 ? actionNames.get(0) : actionNames);
      statement.put("Resource", q.arn);
      statements.add(statement);
      QueueSettings copy = q.settings.copy();
      copy.policy = Json.write(policy);
      q.settings = copy;
      q.lastModifiedMillis = now;
    } finally {
      q.lock.unlock();
    }
    return Map.of();
  }

  Map<String, Object> removePermission(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    String label = Params.requiredString(in, "Label");
    long now = core.now();
    q.lock.lock();
    try {
      Map<String, Object> policy = policyOf(q);
      List<Object> statements = statements(policy);
      boolean removed =
          statements.removeIf(s -> s instanceof Map<?, ?> m && label.equals(m.get("Sid")));
      if (!removed) {
        throw Params.invalid("Label", label, "can't find label."); // recorded
      }
      QueueSettings copy = q.settings.copy();
      // Recorded: once the last statement is gone the queue has no Policy attribute at all.
      copy.policy = statements.isEmpty() ? null : Json.write(policy);
      q.settings = copy;
      q.lastModifiedMillis = now;
    } finally {
      q.lock.unlock();
    }
    return Map.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> policyOf(QueueState q) {
    if (q.settings.policy != null) {
      Object parsed = Json.parse(q.settings.policy);
      if (parsed instanceof Map<?, ?> m) {
        return (Map<String, Object>) m;
      }
    }
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("Version", "2008-10-17");
    policy.put("Id", q.arn + "/SQSDefaultPolicy");
    policy.put("Statement", new ArrayList<>());
    return policy;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> statements(Map<String, Object> policy) {
    Object s = policy.get("Statement");
    if (s instanceof List<?> l) {
      return (List<Object>) l;
    }
    List<Object> list = new ArrayList<>();
    if (s != null) {
      list.add(s);
    }
    policy.put("Statement", list);
    return list;
  }

  // ---------------------------------------------------------------- dead-letter sources

  Map<String, Object> listDeadLetterSourceQueues(RequestContext ctx, Map<String, Object> in) {
    QueueState dlq = core.resolve(ctx, in);
    Integer maxResults = Params.integer(in, "MaxResults");
    String token = Params.string(in, "NextToken");
    List<QueueState> sources = new ArrayList<>();
    for (QueueState q : core.queuesOf(dlq.account, Arns.region(dlq.arn)).values()) {
      if (dlq.arn.equals(q.settings.deadLetterTargetArn)) {
        sources.add(q);
      }
    }
    return page(ctx, sources, maxResults, token, "queueUrls");
  }
}
