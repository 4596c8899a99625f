#!/usr/bin/env python3
"""Writes the request/response classes of io.sqskit.model from the table below.

The generated files are committed and then maintained by hand; rerun only to regenerate from scratch:
    python3 sdk-core/src/build-tools/gen_model.py sdk-core/src/main/java/io/sqskit/model
"""
import os
import sys

# type codes: S String, I Integer, L Long, B Boolean, LS List<String>, MSS Map<String,String>,
# MMA Map<String,MessageAttributeValue>, LE:T List<T>
# a field: (name, type, doc, options) options: single=<adder name>, enum=<enum for names/keys>
SHAPES = [
  ("AddPermissionRequest", "Grants other AWS accounts access to a queue ({@code AddPermission}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("label", "S", "the unique identification of the permission", {}),
    ("awsAccountIds", "LS", "the AWS account numbers of the principals who are given permission", {}),
    ("actions", "LS", "the actions the principals may use, e.g. {@code SendMessage}", {}),
  ]),
  ("AddPermissionResponse", "The answer to {@code AddPermission}, which carries no data.", []),
  ("CancelMessageMoveTaskRequest", "Cancels a running message move task ({@code CancelMessageMoveTask}).", [
    ("taskHandle", "S", "the handle returned by {@code StartMessageMoveTask}", {}),
  ]),
  ("CancelMessageMoveTaskResponse", "The answer to {@code CancelMessageMoveTask}.", [
    ("approximateNumberOfMessagesMoved", "L", "how many messages were moved before the task was cancelled", {}),
  ]),
  ("ChangeMessageVisibilityRequest", "Changes how long a received message stays hidden ({@code ChangeMessageVisibility}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("receiptHandle", "S", "the receipt handle from the receive of the message", {}),
    ("visibilityTimeout", "I", "the new visibility timeout in seconds, 0 to 43,200", {}),
  ]),
  ("ChangeMessageVisibilityResponse", "The answer to {@code ChangeMessageVisibility}, which carries no data.", []),
  ("ChangeMessageVisibilityBatchRequest", "Changes the visibility timeout of up to ten messages ({@code ChangeMessageVisibilityBatch}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("entries", "LE:ChangeMessageVisibilityBatchRequestEntry", "the entries, 1 to 10 with distinct ids", {}),
  ]),
  ("ChangeMessageVisibilityBatchResponse", "The answer to {@code ChangeMessageVisibilityBatch}: which entries succeeded and which failed.", [
    ("successful", "LE:ChangeMessageVisibilityBatchResultEntry", "the entries that succeeded", {}),
    ("failed", "LE:BatchEntryError", "the entries that failed", {}),
  ]),
  ("CreateQueueRequest", "Creates a queue or returns the URL of an identical existing one ({@code CreateQueue}).", [
    ("queueName", "S", "the queue name: 1 to 80 of {@code A-Z a-z 0-9 - _}, ending in {@code .fifo} for FIFO queues", {}),
    ("attributes", "MSS", "the queue attributes by name, values as strings", {"single": "attribute", "enum": "QueueAttributeName"}),
    ("tags", "MSS", "the cost allocation tags of the new queue", {"single": "tag"}),
  ]),
  ("CreateQueueResponse", "The answer to {@code CreateQueue}.", [
    ("queueUrl", "S", "the URL of the queue", {}),
  ]),
  ("DeleteMessageRequest", "Deletes one received message ({@code DeleteMessage}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("receiptHandle", "S", "the receipt handle from the receive of the message", {}),
  ]),
  ("DeleteMessageResponse", "The answer to {@code DeleteMessage}, which carries no data.", []),
  ("DeleteMessageBatchRequest", "Deletes up to ten received messages ({@code DeleteMessageBatch}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("entries", "LE:DeleteMessageBatchRequestEntry", "the entries, 1 to 10 with distinct ids", {}),
  ]),
  ("DeleteMessageBatchResponse", "The answer to {@code DeleteMessageBatch}: which entries succeeded and which failed.", [
    ("successful", "LE:DeleteMessageBatchResultEntry", "the entries that succeeded", {}),
    ("failed", "LE:BatchEntryError", "the entries that failed", {}),
  ]),
  ("DeleteQueueRequest", "Deletes a queue and its messages ({@code DeleteQueue}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
  ]),
  ("DeleteQueueResponse", "The answer to {@code DeleteQueue}, which carries no data.", []),
  ("GetQueueAttributesRequest", "Reads attributes of a queue ({@code GetQueueAttributes}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("attributeNames", "LS", "the attributes to read; {@code All} for every one, none for none", {"enum": "QueueAttributeName"}),
  ]),
  ("GetQueueAttributesResponse", "The answer to {@code GetQueueAttributes}: attribute names to values, as SQS sent them.", [
    ("attributes", "MSS", "the attributes by name, values as strings", {}),
  ]),
  ("GetQueueUrlRequest", "Looks up the URL of a queue by name ({@code GetQueueUrl}).", [
    ("queueName", "S", "the queue name", {}),
    ("queueOwnerAwsAccountId", "S", "the account that owns the queue, when it is not the caller's", {}),
  ]),
  ("GetQueueUrlResponse", "The answer to {@code GetQueueUrl}.", [
    ("queueUrl", "S", "the URL of the queue", {}),
  ]),
  ("ListDeadLetterSourceQueuesRequest", "Lists the queues whose redrive policy targets a dead-letter queue ({@code ListDeadLetterSourceQueues}).", [
    ("queueUrl", "S", "the URL of the dead-letter queue", {}),
    ("nextToken", "S", "the token of the page to read, from the previous response", {}),
    ("maxResults", "I", "the page size, 1 to 1,000; enables paging", {}),
  ]),
  ("ListDeadLetterSourceQueuesResponse", "One page of {@code ListDeadLetterSourceQueues}.", [
    ("queueUrls", "LS", "the URLs of the source queues", {}),
    ("nextToken", "S", "the token of the next page, null on the last one", {}),
  ]),
  ("ListMessageMoveTasksRequest", "Lists the most recent message move tasks of a source queue ({@code ListMessageMoveTasks}).", [
    ("sourceArn", "S", "the ARN of the source queue", {}),
    ("maxResults", "I", "how many tasks to list, 1 to 10", {}),
  ]),
  ("ListMessageMoveTasksResponse", "The answer to {@code ListMessageMoveTasks}.", [
    ("results", "LE:MessageMoveTask", "the tasks, most recent first", {}),
  ]),
  ("ListQueueTagsRequest", "Reads the tags of a queue ({@code ListQueueTags}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
  ]),
  ("ListQueueTagsResponse", "The answer to {@code ListQueueTags}.", [
    ("tags", "MSS", "the tags by key", {}),
  ]),
  ("ListQueuesRequest", "Lists the caller's queues, optionally by name prefix ({@code ListQueues}).", [
    ("queueNamePrefix", "S", "only queues whose name starts with this prefix", {}),
    ("nextToken", "S", "the token of the page to read, from the previous response", {}),
    ("maxResults", "I", "the page size, 1 to 1,000; enables paging", {}),
  ]),
  ("ListQueuesResponse", "One page of {@code ListQueues}.", [
    ("queueUrls", "LS", "the queue URLs", {}),
    ("nextToken", "S", "the token of the next page, null on the last one", {}),
  ]),
  ("PurgeQueueRequest", "Deletes every message of a queue ({@code PurgeQueue}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
  ]),
  ("PurgeQueueResponse", "The answer to {@code PurgeQueue}, which carries no data.", []),
  ("ReceiveMessageRequest", "Receives up to ten messages, waiting up to 20 seconds for one ({@code ReceiveMessage}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("attributeNames", "LS", "the system attributes to return with each message (the Query-era name of {@link #messageSystemAttributeNames()})", {"enum": "MessageSystemAttributeName"}),
    ("messageSystemAttributeNames", "LS", "the system attributes to return with each message, {@code All} for every one", {"enum": "MessageSystemAttributeName"}),
    ("messageAttributeNames", "LS", "the message attributes to return: names, {@code prefix.*} or {@code All}", {}),
    ("maxNumberOfMessages", "I", "the most messages to return, 1 to 10 (SQS default 1)", {}),
    ("visibilityTimeout", "I", "how long the received messages stay hidden, 0 to 43,200 seconds", {}),
    ("waitTimeSeconds", "I", "how long to wait for a message, 0 to 20 seconds (default: the queue's)", {}),
    ("receiveRequestAttemptId", "S", "the FIFO deduplication token of this receive attempt", {}),
  ]),
  ("ReceiveMessageResponse", "The answer to {@code ReceiveMessage}.", [
    ("messages", "LE:Message", "the messages received, possibly none", {}),
  ]),
  ("RemovePermissionRequest", "Revokes a permission added by {@code AddPermission} ({@code RemovePermission}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("label", "S", "the label of the permission", {}),
  ]),
  ("RemovePermissionResponse", "The answer to {@code RemovePermission}, which carries no data.", []),
  ("SendMessageRequest", "Sends one message ({@code SendMessage}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("messageBody", "S", "the message body, at least one character", {}),
    ("delaySeconds", "I", "how long the message stays invisible after sending, 0 to 900 seconds", {}),
    ("messageAttributes", "MMA", "the message attributes by name, at most 10", {"single": "messageAttribute"}),
    ("messageSystemAttributes", "MMA", "the message system attributes by name (today only {@code AWSTraceHeader})", {"single": "messageSystemAttribute", "enum": "MessageSystemAttributeNameForSends"}),
    ("messageDeduplicationId", "S", "the FIFO deduplication id", {}),
    ("messageGroupId", "S", "the FIFO message group id", {}),
  ]),
  ("SendMessageResponse", "The answer to {@code SendMessage}.", [
    ("messageId", "S", "the id SQS gave the message", {}),
    ("md5OfMessageBody", "S", "the MD5 of the body as SQS received it", {}),
    ("md5OfMessageAttributes", "S", "the MD5 of the message attributes as SQS received them", {}),
    ("md5OfMessageSystemAttributes", "S", "the MD5 of the message system attributes as SQS received them", {}),
    ("sequenceNumber", "S", "the FIFO sequence number", {}),
  ]),
  ("SendMessageBatchRequest", "Sends up to ten messages ({@code SendMessageBatch}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("entries", "LE:SendMessageBatchRequestEntry", "the entries, 1 to 10 with distinct ids", {}),
  ]),
  ("SendMessageBatchRequestEntry", "One message of a {@code SendMessageBatch}.", [
    ("id", "S", "the entry id, unique in the batch: 1 to 80 of {@code A-Z a-z 0-9 - _}", {}),
    ("messageBody", "S", "the message body, at least one character", {}),
    ("delaySeconds", "I", "how long the message stays invisible after sending, 0 to 900 seconds", {}),
    ("messageAttributes", "MMA", "the message attributes by name, at most 10", {"single": "messageAttribute"}),
    ("messageSystemAttributes", "MMA", "the message system attributes by name (today only {@code AWSTraceHeader})", {"single": "messageSystemAttribute", "enum": "MessageSystemAttributeNameForSends"}),
    ("messageDeduplicationId", "S", "the FIFO deduplication id", {}),
    ("messageGroupId", "S", "the FIFO message group id", {}),
  ]),
  ("SendMessageBatchResponse", "The answer to {@code SendMessageBatch}: which entries succeeded and which failed.", [
    ("successful", "LE:SendMessageBatchResultEntry", "the entries that were sent", {}),
    ("failed", "LE:BatchEntryError", "the entries that failed", {}),
  ]),
  ("SetQueueAttributesRequest", "Changes attributes of a queue ({@code SetQueueAttributes}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("attributes", "MSS", "the attributes to set by name, values as strings", {"single": "attribute", "enum": "QueueAttributeName"}),
  ]),
  ("SetQueueAttributesResponse", "The answer to {@code SetQueueAttributes}, which carries no data.", []),
  ("StartMessageMoveTaskRequest", "Starts moving messages out of a dead-letter queue ({@code StartMessageMoveTask}).", [
    ("sourceArn", "S", "the ARN of the dead-letter queue to move messages from", {}),
    ("destinationArn", "S", "the ARN of the queue to move them to; null moves them back to their source queues", {}),
    ("maxNumberOfMessagesPerSecond", "I", "the highest move rate, 1 to 500 messages per second", {}),
  ]),
  ("StartMessageMoveTaskResponse", "The answer to {@code StartMessageMoveTask}.", [
    ("taskHandle", "S", "the handle of the task, for {@code CancelMessageMoveTask}", {}),
  ]),
  ("TagQueueRequest", "Adds or replaces tags of a queue ({@code TagQueue}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("tags", "MSS", "the tags to set by key", {"single": "tag"}),
  ]),
  ("TagQueueResponse", "The answer to {@code TagQueue}, which carries no data.", []),
  ("UntagQueueRequest", "Removes tags from a queue ({@code UntagQueue}).", [
    ("queueUrl", "S", "the URL of the queue", {}),
    ("tagKeys", "LS", "the keys of the tags to remove", {}),
  ]),
  ("UntagQueueResponse", "The answer to {@code UntagQueue}, which carries no data.", []),
]

JT = {"S": "String", "I": "Integer", "L": "Long", "B": "Boolean", "LS": "List<String>",
      "MSS": "Map<String, String>", "MMA": "Map<String, MessageAttributeValue>"}


def jtype(t):
    if t.startswith("LE:"):
        return "List<%s>" % t[3:]
    return JT[t]


def cap(s):
    return s[0].upper() + s[1:]


def gen(cls, doc, fields):
    imports = {"java.util.Objects"}
    for _, t, _, o in fields:
        if t.startswith("L") and t != "L":
            imports |= {"java.util.List", "java.util.ArrayList", "java.util.Collection", "java.util.Collections", "java.util.Arrays"}
        if t.startswith("M"):
            imports |= {"java.util.Map", "java.util.LinkedHashMap", "java.util.Collections"}
    out = []
    out.append("package io.sqskit.model;\n")
    for i in sorted(imports):
        out.append("import %s;" % i)
    out.append("")
    out.append("/**\n * %s\n *\n * <p>Immutable and thread-safe; its {@link Builder} is not.\n *\n * @since 0.1\n */" % doc)
    out.append("public final class %s {" % cls)
    for n, t, d, o in fields:
        out.append("  private final %s %s;" % (jtype(t), n))
    if fields:
        out.append("")
    out.append("  private %s(Builder builder) {" % cls)
    for n, t, d, o in fields:
        if t == "LS" or t.startswith("LE:"):
            out.append("    this.%s = Collections.unmodifiableList(new ArrayList<>(builder.%s));" % (n, n))
        elif t.startswith("M"):
            out.append("    this.%s = Collections.unmodifiableMap(new LinkedHashMap<>(builder.%s));" % (n, n))
        else:
            out.append("    this.%s = builder.%s;" % (n, n))
    out.append("  }\n")
    out.append("  /** A new, empty builder. */")
    out.append("  public static Builder builder() {\n    return new Builder();\n  }\n")
    out.append("  /** A builder holding this object's values. */")
    out.append("  public Builder toBuilder() {\n    return new Builder(this);\n  }\n")
    for n, t, d, o in fields:
        extra = ""
        if t.startswith("L") and t != "L":
            extra = ", never null"
        if t.startswith("M"):
            extra = ", in insertion order, never null"
        if t in ("S", "I", "L", "B"):
            extra = ", or null when absent"
        out.append("  /** Returns %s%s. */" % (d, extra))
        out.append("  public %s %s() {\n    return %s;\n  }\n" % (jtype(t), n, n))
    # equals/hashCode/toString
    out.append("  @Override\n  public boolean equals(Object o) {")
    if fields:
        out.append("    if (this == o) {\n      return true;\n    }")
        out.append("    if (!(o instanceof %s)) {\n      return false;\n    }" % cls)
        out.append("    %s that = (%s) o;" % (cls, cls))
        conds = ["Objects.equals(%s, that.%s)" % (n, n) for n, _, _, _ in fields]
        out.append("    return " + "\n        && ".join(conds) + ";")
    else:
        out.append("    return o instanceof %s;" % cls)
    out.append("  }\n")
    out.append("  @Override\n  public int hashCode() {")
    if fields:
        out.append("    return Objects.hash(%s);" % ", ".join(n for n, _, _, _ in fields))
    else:
        out.append("    return %s.class.hashCode();" % cls)
    out.append("  }\n")
    out.append("  @Override\n  public String toString() {")
    if fields:
        parts = []
        for i, (n, t, d, o) in enumerate(fields):
            parts.append('"%s%s=" + %s' % (", " if i else "", n, n))
        out.append('    return "%s{"\n        + %s\n        + "}";' % (cls, "\n        + ".join(parts)))
    else:
        out.append('    return "%s{}";' % cls)
    out.append("  }\n")
    # Builder
    out.append("  /** Collects the values of a {@link %s}; not thread-safe. */" % cls)
    out.append("  public static final class Builder {")
    for n, t, d, o in fields:
        if t == "LS" or t.startswith("LE:"):
            out.append("    private %s %s = new ArrayList<>();" % (jtype(t), n))
        elif t.startswith("M"):
            out.append("    private %s %s = new LinkedHashMap<>();" % (jtype(t), n))
        else:
            out.append("    private %s %s;" % (jtype(t), n))
    if fields:
        out.append("")
    out.append("    private Builder() {}\n")
    out.append("    private Builder(%s source) {" % cls)
    for n, t, d, o in fields:
        if t == "LS" or t.startswith("LE:"):
            out.append("      this.%s = new ArrayList<>(source.%s);" % (n, n))
        elif t.startswith("M"):
            out.append("      this.%s = new LinkedHashMap<>(source.%s);" % (n, n))
        else:
            out.append("      this.%s = source.%s;" % (n, n))
    out.append("    }\n")
    for n, t, d, o in fields:
        if t in ("S", "I", "L", "B"):
            out.append("    /** Sets %s. */" % d)
            out.append("    public Builder %s(%s %s) {\n      this.%s = %s;\n      return this;\n    }\n" % (n, JT[t], n, n, n))
        elif t == "LS" or t.startswith("LE:"):
            et = "String" if t == "LS" else t[3:]
            out.append("    /** Sets %s, replacing earlier ones. */" % d)
            out.append("    public Builder %s(Collection<%s> %s) {\n      this.%s = new ArrayList<>(Objects.requireNonNull(%s, \"%s\"));\n      return this;\n    }\n" % (n, et, n, n, n, n))
            out.append("    /** Sets %s, replacing earlier ones. */" % d)
            out.append("    public Builder %s(%s... %s) {\n      return %s(Arrays.asList(%s));\n    }\n" % (n, et, n, n, n))
            if "enum" in o:
                en = o["enum"]
                out.append("    /** Sets %s from the known names, replacing earlier ones. */" % d)
                out.append("    public Builder %s(%s... %s) {" % (n, en, n))
                out.append("      List<String> names = new ArrayList<>(%s.length);" % n)
                out.append("      for (%s name : %s) {\n        names.add(name.value());\n      }" % (en, n))
                out.append("      this.%s = names;\n      return this;\n    }\n" % n)
        elif t.startswith("M"):
            vt = "String" if t == "MSS" else "MessageAttributeValue"
            out.append("    /** Sets %s, replacing earlier ones. */" % d)
            out.append("    public Builder %s(Map<String, %s> %s) {\n      this.%s = new LinkedHashMap<>(Objects.requireNonNull(%s, \"%s\"));\n      return this;\n    }\n" % (n, vt, n, n, n, n))
            if "single" in o:
                s = o["single"]
                out.append("    /** Adds or replaces one entry of %s. */" % d)
                out.append("    public Builder %s(String name, %s value) {\n      this.%s.put(Objects.requireNonNull(name, \"name\"), Objects.requireNonNull(value, \"value\"));\n      return this;\n    }\n" % (s, vt, n))
                if "enum" in o:
                    out.append("    /** Adds or replaces one entry of %s. */" % d)
                    out.append("    public Builder %s(%s name, %s value) {\n      return %s(name.value(), value);\n    }\n" % (s, o["enum"], vt, s))
    out.append("    /** The immutable object. */")
    out.append("    public %s build() {\n      return new %s(this);\n    }" % (cls, cls))
    out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    target = sys.argv[1]
    os.makedirs(target, exist_ok=True)
    for cls, doc, fields in SHAPES:
        with open(os.path.join(target, cls + ".java"), "w") as f:
            f.write(gen(cls, doc, fields))
