"""boto3 against the sqskit fake: every action, the errors SQS gives, FIFO, DLQ and move tasks.

Usage: python3 scenarios.py <endpoint> [<botocore data dir with the Query model>]

With a data dir (see query_model.py) botocore speaks Query/XML, as it did to SQS until late 2023;
without one it speaks AWS JSON 1.0. Prints PASS/FAIL per check and exits non-zero on a failure.
Queue names carry a per-run suffix, so runs can repeat against one server.
"""
import hashlib
import json
import os
import sys
import threading
import time
import traceback

if len(sys.argv) > 2:
    os.environ["AWS_DATA_PATH"] = sys.argv[2]

import boto3  # noqa: E402  (AWS_DATA_PATH must be set first)
import botocore  # noqa: E402
from botocore.config import Config  # noqa: E402

EP = sys.argv[1]
sqs = boto3.client("sqs", endpoint_url=EP, region_name="us-east-1",
                   aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="x",
                   config=Config(retries={"max_attempts": 1}))
PROTOCOL = sqs.meta.service_model.protocol
print("boto3", boto3.__version__, "botocore", botocore.__version__, "protocol", PROTOCOL)
if PROTOCOL == "query":
    # The Query model predates MessageSystemAttributeNames: system attributes went in AttributeNames.
    _raw = sqs

    class _QueryNames:
        def __getattr__(self, name):
            f = getattr(_raw, name)
            if not callable(f) or name == "get_paginator":
                return f

            def call(**kw):
                if "MessageSystemAttributeNames" in kw:
                    kw["AttributeNames"] = kw.pop("MessageSystemAttributeNames")
                return f(**kw)
            return call
    sqs = _QueryNames()
results = []
suffix = str(int(time.time() * 1000) % 10**8)


def check(name, cond, detail=""):
    results.append((name, bool(cond)))
    print(("PASS " if cond else "FAIL ") + name + ("" if cond else "  :: " + str(detail)[:600]))


def err(name, fn, code, status=None, query_code=None):
    try:
        r = fn()
        check(name, False, "no error, got %s" % r)
    except botocore.exceptions.ClientError as e:
        got = e.response["Error"]
        st = e.response["ResponseMetadata"]["HTTPStatusCode"]
        ok = got.get("Code") == code and (status is None or st == status)
        check(name, ok, "code=%s status=%s msg=%s qc=%s" % (got.get("Code"), st, got.get("Message"), got.get("QueryErrorCode")))
        return e
    except Exception as e:
        check(name, False, "other exception %r" % e)


def step(name, fn):
    try:
        return fn()
    except Exception as e:
        check(name, False, "%r" % e)
        traceback.print_exc()
        return None


# --- queues
q = sqs.create_queue(QueueName="py-std-" + suffix, Attributes={"VisibilityTimeout": "40"}, tags={"team": "a"})["QueueUrl"]
check("create std url", q.endswith("/000000000000/py-std-" + suffix), q)
check("create idempotent", sqs.create_queue(QueueName="py-std-" + suffix, Attributes={"VisibilityTimeout": "40"})["QueueUrl"] == q)
err("create different attrs", lambda: sqs.create_queue(QueueName="py-std-" + suffix, Attributes={"VisibilityTimeout": "41"}), "QueueAlreadyExists", 400)
check("get url", sqs.get_queue_url(QueueName="py-std-" + suffix)["QueueUrl"] == q)
err("get url missing", lambda: sqs.get_queue_url(QueueName="nope-" + suffix), "AWS.SimpleQueueService.NonExistentQueue", 400)
fq = sqs.create_queue(QueueName="py-f-" + suffix + ".fifo", Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "true"})["QueueUrl"]
err("fifo name without attr", lambda: sqs.create_queue(QueueName="py-g-" + suffix + ".fifo"), "InvalidParameterValue", 400)
err("bad name", lambda: sqs.create_queue(QueueName="bad name"), "InvalidParameterValue", 400)
err("bad attr name", lambda: sqs.create_queue(QueueName="py-x-" + suffix, Attributes={"Nope": "1"}), "InvalidAttributeName", 400)
err("bad attr value", lambda: sqs.create_queue(QueueName="py-x-" + suffix, Attributes={"VisibilityTimeout": "99999"}), "InvalidAttributeValue", 400)

for i in range(5):
    sqs.create_queue(QueueName="pypage-%s-%d" % (suffix, i))
r = sqs.list_queues(QueueNamePrefix="pypage-" + suffix, MaxResults=2)
check("list page1", len(r["QueueUrls"]) == 2 and "NextToken" in r, r)
allq = []
for page in sqs.get_paginator("list_queues").paginate(QueueNamePrefix="pypage-" + suffix, PaginationConfig={"PageSize": 2}):
    allq += page.get("QueueUrls", [])
check("list paginator", len(allq) == 5, allq)
r = sqs.list_queues(QueueNamePrefix="zzznothing")
check("list empty", "QueueUrls" not in r, r)

a = sqs.get_queue_attributes(QueueUrl=q, AttributeNames=["All"])["Attributes"]
check("attrs all", a.get("VisibilityTimeout") == "40" and "QueueArn" in a and "CreatedTimestamp" in a, a)
a = sqs.get_queue_attributes(QueueUrl=q, AttributeNames=["DelaySeconds"])["Attributes"]
check("attrs one", a == {"DelaySeconds": "0"}, a)
a = sqs.get_queue_attributes(QueueUrl=q)
check("attrs none", "Attributes" not in a, a)
err("attrs bad name", lambda: sqs.get_queue_attributes(QueueUrl=q, AttributeNames=["Bogus"]), "InvalidAttributeName", 400)
sqs.set_queue_attributes(QueueUrl=q, Attributes={"MaximumMessageSize": "2048"})
check("set attrs", sqs.get_queue_attributes(QueueUrl=q, AttributeNames=["MaximumMessageSize"])["Attributes"]["MaximumMessageSize"] == "2048")
err("set attrs bad", lambda: sqs.set_queue_attributes(QueueUrl=q, Attributes={"MaximumMessageSize": "10"}), "InvalidAttributeValue", 400)
err("set fifo attr on std", lambda: sqs.set_queue_attributes(QueueUrl=q, Attributes={"FifoQueue": "true"}), "InvalidAttributeName", 400)

# tags
sqs.tag_queue(QueueUrl=q, Tags={"k1": "v1", "k2": "v2"})
t = sqs.list_queue_tags(QueueUrl=q)["Tags"]
check("tags", t == {"team": "a", "k1": "v1", "k2": "v2"}, t)
sqs.untag_queue(QueueUrl=q, TagKeys=["k1"])
t = sqs.list_queue_tags(QueueUrl=q)["Tags"]
check("untag", t == {"team": "a", "k2": "v2"}, t)
err("too many tags", lambda: sqs.tag_queue(QueueUrl=q, Tags={"t%d" % i: "v" for i in range(51)}), "InvalidParameterValue", 400)
q2 = sqs.create_queue(QueueName="py-notag-" + suffix)["QueueUrl"]
check("no tags", "Tags" not in sqs.list_queue_tags(QueueUrl=q2), sqs.list_queue_tags(QueueUrl=q2))

# messages
sqs.set_queue_attributes(QueueUrl=q, Attributes={"MaximumMessageSize": "262144"})
attrs = {"s": {"DataType": "String", "StringValue": "héllo"}, "n": {"DataType": "Number.int", "StringValue": "42"},
         "b": {"DataType": "Binary", "BinaryValue": b"\x00\x01\xff"}, "c": {"DataType": "String.custom", "StringValue": "x"}}
r = sqs.send_message(QueueUrl=q, MessageBody="hello \u00e9 \U0001F600", MessageAttributes=attrs,
                     MessageSystemAttributes={"AWSTraceHeader": {"DataType": "String", "StringValue": "Root=1-5759e988-bd862e3fe1be46a994272793"}})
check("send md5 body", r["MD5OfMessageBody"] == hashlib.md5("hello \u00e9 \U0001F600".encode()).hexdigest(), r)
check("send md5 attrs", "MD5OfMessageAttributes" in r and "MD5OfMessageSystemAttributes" in r, r)
m = sqs.receive_message(QueueUrl=q, MessageAttributeNames=["All"], MessageSystemAttributeNames=["All"], WaitTimeSeconds=1)["Messages"][0]
check("recv body", m["Body"] == "hello \u00e9 \U0001F600", m)
check("recv attrs", m["MessageAttributes"]["b"]["BinaryValue"] == b"\x00\x01\xff" and m["MessageAttributes"]["n"]["StringValue"] == "42", m["MessageAttributes"])
check("recv sys attrs", m["Attributes"].get("AWSTraceHeader", "").startswith("Root=") and m["Attributes"]["ApproximateReceiveCount"] == "1" and "SenderId" in m["Attributes"], m["Attributes"])
m2 = sqs.receive_message(QueueUrl=q, AttributeNames=["All"], VisibilityTimeout=0, WaitTimeSeconds=0)
check("recv in flight none", "Messages" not in m2, m2)
sqs.change_message_visibility(QueueUrl=q, ReceiptHandle=m["ReceiptHandle"], VisibilityTimeout=0)
m3 = sqs.receive_message(QueueUrl=q, MessageSystemAttributeNames=["ApproximateReceiveCount"], MessageAttributeNames=["s", "n"])["Messages"][0]
check("recv again", m3["Attributes"]["ApproximateReceiveCount"] == "2" and set(m3["MessageAttributes"]) == {"s", "n"}, m3)
err("change vis old handle too long", lambda: sqs.change_message_visibility(QueueUrl=q, ReceiptHandle=m3["ReceiptHandle"], VisibilityTimeout=43201), "InvalidParameterValue", 400)
sqs.delete_message(QueueUrl=q, ReceiptHandle=m3["ReceiptHandle"])
err("delete bad handle", lambda: sqs.delete_message(QueueUrl=q, ReceiptHandle="garbage"), "ReceiptHandleIsInvalid", 404)
err("change vis deleted", lambda: sqs.change_message_visibility(QueueUrl=q, ReceiptHandle=m3["ReceiptHandle"], VisibilityTimeout=10), "InvalidParameterValue", 400)
sqs.send_message(QueueUrl=q, MessageBody="nif")
mn = sqs.receive_message(QueueUrl=q)["Messages"][0]
sqs.change_message_visibility(QueueUrl=q, ReceiptHandle=mn["ReceiptHandle"], VisibilityTimeout=0)
sqs.change_message_visibility(QueueUrl=q, ReceiptHandle=mn["ReceiptHandle"], VisibilityTimeout=10)  # std: recorded 200
sqs.delete_message(QueueUrl=q, ReceiptHandle=mn["ReceiptHandle"])
err("recv max 11", lambda: sqs.receive_message(QueueUrl=q, MaxNumberOfMessages=11), "InvalidParameterValue", 400)
err("recv wait 21", lambda: sqs.receive_message(QueueUrl=q, WaitTimeSeconds=21), "InvalidParameterValue", 400)
err("send empty body", lambda: sqs.send_message(QueueUrl=q, MessageBody=""), "MissingParameter", 400)
err("send bad char", lambda: sqs.send_message(QueueUrl=q, MessageBody="a\u0000b"), "InvalidMessageContents", 400)
err("send too big", lambda: sqs.send_message(QueueUrl=q, MessageBody="x" * (262144 + 1)), "InvalidParameterValue", 400)
err("send delay 901", lambda: sqs.send_message(QueueUrl=q, MessageBody="x", DelaySeconds=901), "InvalidParameterValue", 400)
err("send bad attr type", lambda: sqs.send_message(QueueUrl=q, MessageBody="x", MessageAttributes={"a": {"DataType": "Foo", "StringValue": "1"}}), "InvalidParameterValue", 400)
err("send num attr not num", lambda: sqs.send_message(QueueUrl=q, MessageBody="x", MessageAttributes={"a": {"DataType": "Number", "StringValue": "abc"}}), "InvalidParameterValue", 400)
err("send to missing queue", lambda: sqs.send_message(QueueUrl=q + "zz", MessageBody="x"), "AWS.SimpleQueueService.NonExistentQueue", 400)
err("send group to std", lambda: sqs.send_message(QueueUrl=q, MessageBody="x", MessageDeduplicationId="d"), "InvalidParameterValue", 400)

# batches
r = sqs.send_message_batch(QueueUrl=q, Entries=[{"Id": "a", "MessageBody": "1"}, {"Id": "b", "MessageBody": "2", "DelaySeconds": 999}, {"Id": "c", "MessageBody": "3", "MessageAttributes": {"x": {"DataType": "String", "StringValue": "y"}}}])
check("batch partial", len(r.get("Successful", [])) == 2 and len(r.get("Failed", [])) == 1 and r["Failed"][0]["Id"] == "b" and r["Failed"][0]["SenderFault"] is True, r)
err("batch empty", lambda: sqs.send_message_batch(QueueUrl=q, Entries=[]), "AWS.SimpleQueueService.EmptyBatchRequest", 400)
err("batch 11", lambda: sqs.send_message_batch(QueueUrl=q, Entries=[{"Id": str(i), "MessageBody": "x"} for i in range(11)]), "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400)
err("batch dup ids", lambda: sqs.send_message_batch(QueueUrl=q, Entries=[{"Id": "a", "MessageBody": "x"}, {"Id": "a", "MessageBody": "y"}]), "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400)
err("batch bad id", lambda: sqs.send_message_batch(QueueUrl=q, Entries=[{"Id": "a b", "MessageBody": "x"}]), "AWS.SimpleQueueService.InvalidBatchEntryId", 400)
err("batch too long", lambda: sqs.send_message_batch(QueueUrl=q, Entries=[{"Id": str(i), "MessageBody": "x" * 110000} for i in range(10)]), "AWS.SimpleQueueService.BatchRequestTooLong", 400)
ms = sqs.receive_message(QueueUrl=q, MaxNumberOfMessages=9, WaitTimeSeconds=1)["Messages"]
check("recv batch", len(ms) == 2 and {x["Body"] for x in ms} == {"1", "3"}, [x["Body"] for x in ms])
r = sqs.change_message_visibility_batch(QueueUrl=q, Entries=[{"Id": "x%d" % i, "ReceiptHandle": mm["ReceiptHandle"], "VisibilityTimeout": 100} for i, mm in enumerate(ms)] + [{"Id": "bad", "ReceiptHandle": "garbage", "VisibilityTimeout": 1}])
check("cmv batch", len(r["Successful"]) == 2 and r["Failed"][0]["Code"] == "ReceiptHandleIsInvalid", r)
r = sqs.delete_message_batch(QueueUrl=q, Entries=[{"Id": "x%d" % i, "ReceiptHandle": mm["ReceiptHandle"]} for i, mm in enumerate(ms)] + [{"Id": "bad", "ReceiptHandle": "garbage"}])
check("delete batch", len(r["Successful"]) == 2 and r["Failed"][0]["Code"] == "ReceiptHandleIsInvalid" and r["Failed"][0]["SenderFault"], r)

# purge
sqs.send_message(QueueUrl=q, MessageBody="p")
sqs.purge_queue(QueueUrl=q)
err("purge twice", lambda: sqs.purge_queue(QueueUrl=q), "AWS.SimpleQueueService.PurgeQueueInProgress", 403)

# fifo
for i in range(3):
    r = sqs.send_message(QueueUrl=fq, MessageBody="f%d" % i, MessageGroupId="g1")
    check("fifo seq %d" % i, "SequenceNumber" in r, r)
r = sqs.send_message(QueueUrl=fq, MessageBody="f0", MessageGroupId="g1")
err("fifo no group", lambda: sqs.send_message(QueueUrl=fq, MessageBody="x"), "MissingParameter", 400)
ms = sqs.receive_message(QueueUrl=fq, MaxNumberOfMessages=10, AttributeNames=["All"], ReceiveRequestAttemptId="att1")["Messages"]
check("fifo order+dedup", [x["Body"] for x in ms] == ["f0", "f1", "f2"] and ms[0]["Attributes"]["MessageGroupId"] == "g1" and "SequenceNumber" in ms[0]["Attributes"], ms)
ms2 = sqs.receive_message(QueueUrl=fq, MaxNumberOfMessages=10, ReceiveRequestAttemptId="att1").get("Messages", [])
check("fifo attempt id replay", [x["ReceiptHandle"] for x in ms2] == [x["ReceiptHandle"] for x in ms], ms2)
r = sqs.send_message_batch(QueueUrl=fq, Entries=[{"Id": "a", "MessageBody": "b1", "MessageGroupId": "g2"}, {"Id": "b", "MessageBody": "b2", "MessageGroupId": "g2", "MessageDeduplicationId": "dd"}])
check("fifo batch", len(r["Successful"]) == 2 and all("SequenceNumber" in s for s in r["Successful"]), r)
sqs.change_message_visibility(QueueUrl=fq, ReceiptHandle=ms[0]["ReceiptHandle"], VisibilityTimeout=0)
err("fifo change vis not in flight", lambda: sqs.change_message_visibility(QueueUrl=fq, ReceiptHandle=ms[0]["ReceiptHandle"], VisibilityTimeout=10), "AWS.SimpleQueueService.MessageNotInflight", 400)
err("fifo delay per msg", lambda: sqs.send_message(QueueUrl=fq, MessageBody="x", MessageGroupId="g", DelaySeconds=5), "InvalidParameterValue", 400)

# DLQ + redrive + move tasks
dlq = sqs.create_queue(QueueName="py-dlq-" + suffix)["QueueUrl"]
dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
src = sqs.create_queue(QueueName="py-src-" + suffix, Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1}), "VisibilityTimeout": "0"})["QueueUrl"]
src_arn = sqs.get_queue_attributes(QueueUrl=src, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
rp = sqs.get_queue_attributes(QueueUrl=src, AttributeNames=["RedrivePolicy"])["Attributes"]["RedrivePolicy"]
check("redrive policy text", json.loads(rp) == {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1}, rp)
sqs.send_message(QueueUrl=src, MessageBody="dead")
sqs.receive_message(QueueUrl=src)
r = sqs.receive_message(QueueUrl=src)
check("redriven away", "Messages" not in r, r)
d = sqs.receive_message(QueueUrl=dlq, AttributeNames=["All"], VisibilityTimeout=0)
check("in dlq", d.get("Messages", [{}])[0].get("Body") == "dead" and d["Messages"][0]["Attributes"].get("DeadLetterQueueSourceArn") == src_arn, d)
r = sqs.list_dead_letter_source_queues(QueueUrl=dlq)
check("dlq sources", r["queueUrls"] == [src], r)
r = sqs.list_dead_letter_source_queues(QueueUrl=dlq, MaxResults=1)
check("dlq sources paged", r["queueUrls"] == [src], r)
for i in range(3):
    sqs.send_message(QueueUrl=dlq, MessageBody="extra%d" % i)
t = sqs.start_message_move_task(SourceArn=dlq_arn, MaxNumberOfMessagesPerSecond=1)
check("move start", "TaskHandle" in t, t)
err("move start twice", lambda: sqs.start_message_move_task(SourceArn=dlq_arn), "InvalidParameterValue", 400)
ts = sqs.list_message_move_tasks(SourceArn=dlq_arn)["Results"]
check("move listed running", ts and ts[0]["Status"] == "RUNNING" and ts[0]["SourceArn"] == dlq_arn and ts[0]["MaxNumberOfMessagesPerSecond"] == 1, ts)
c = sqs.cancel_message_move_task(TaskHandle=t["TaskHandle"])
check("move cancel", "ApproximateNumberOfMessagesMoved" in c, c)
time.sleep(0.3)
t2 = sqs.start_message_move_task(SourceArn=dlq_arn)
deadline = time.time() + 5
while time.time() < deadline and sqs.list_message_move_tasks(SourceArn=dlq_arn)["Results"][0]["Status"] == "RUNNING":  # noqa
    time.sleep(0.1)
ts = sqs.list_message_move_tasks(SourceArn=dlq_arn, MaxResults=10)["Results"]
check("move list history", [x["Status"] for x in ts][:2] == ["FAILED", "CANCELLED"] and ts[0].get("FailureReason") == "AWS.SimpleQueueService.NonExistentQueue", ts)
check("origin-less stay in dlq", sqs.get_queue_attributes(QueueUrl=dlq, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]["ApproximateNumberOfMessages"] == "3")
got = set()
for _ in range(3):
    for mm in sqs.receive_message(QueueUrl=src, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", []):
        got.add(mm["Body"])
check("moved back", got == {"dead"}, got)
err("move cancel done", lambda: sqs.cancel_message_move_task(TaskHandle=t2["TaskHandle"]), "ResourceNotFoundException", 404)
err("move bad arn", lambda: sqs.start_message_move_task(SourceArn="arn:aws:sqs:us-east-1:000000000000:nope"), "ResourceNotFoundException", 404)
err("list move not dlq", lambda: sqs.list_message_move_tasks(SourceArn=src_arn + "x"), "ResourceNotFoundException", 404)

# permissions
sqs.add_permission(QueueUrl=q, Label="l1", AWSAccountIds=["111122223333"], Actions=["SendMessage"])
pol = json.loads(sqs.get_queue_attributes(QueueUrl=q, AttributeNames=["Policy"])["Attributes"]["Policy"])
check("policy", pol["Statement"][0]["Sid"] == "l1", pol)
err("add permission dup", lambda: sqs.add_permission(QueueUrl=q, Label="l1", AWSAccountIds=["111122223333"], Actions=["SendMessage"]), "InvalidParameterValue", 400)
sqs.remove_permission(QueueUrl=q, Label="l1")
err("remove missing", lambda: sqs.remove_permission(QueueUrl=q, Label="l1"), "InvalidParameterValue", 400)

# delete
sqs.delete_queue(QueueUrl=q2)
err("deleted queue send", lambda: sqs.send_message(QueueUrl=q2, MessageBody="x"), "AWS.SimpleQueueService.NonExistentQueue", 400)
err("recreate too soon", lambda: sqs.create_queue(QueueName="py-notag-" + suffix), "AWS.SimpleQueueService.QueueDeletedRecently", 400)

# long poll wakes on send
lq = sqs.create_queue(QueueName="py-lp-" + suffix)["QueueUrl"]
threading.Timer(0.5, lambda: boto3.client("sqs", endpoint_url=EP, region_name="us-east-1", aws_access_key_id="a", aws_secret_access_key="b").send_message(QueueUrl=lq, MessageBody="late")).start()
t0 = time.time()
r = sqs.receive_message(QueueUrl=lq, WaitTimeSeconds=5)
check("long poll wakes", r.get("Messages") and time.time() - t0 < 3, (r, time.time() - t0))

# the peek door (/_aws/sqs/messages, LocalStack's path): a client pointed at it peeks, changes nothing
pq = sqs.create_queue(QueueName="py-peek-" + suffix)["QueueUrl"]
sqs.send_message(QueueUrl=pq, MessageBody="peeked",
                 MessageAttributes={"k": {"DataType": "String", "StringValue": "v"}})
peek = boto3.client("sqs", endpoint_url=EP + "/_aws/sqs/messages", region_name="us-east-1",
                    aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="x")
pm = peek.receive_message(QueueUrl=pq, MessageAttributeNames=["All"]).get("Messages", [])
check("peek door shows the message", [m["Body"] for m in pm] == ["peeked"]
      and pm[0]["MessageAttributes"]["k"]["StringValue"] == "v" and "ReceiptHandle" not in pm[0], pm)
r = sqs.receive_message(QueueUrl=pq, MessageSystemAttributeNames=["ApproximateReceiveCount"])
check("peek door received nothing",
      [m["Attributes"]["ApproximateReceiveCount"] for m in r.get("Messages", [])] == ["1"], r)

fails = [n for n, ok in results if not ok]
print("%d checks, %d failed: %s" % (len(results), len(fails), fails))
sys.exit(1 if fails else 0)
