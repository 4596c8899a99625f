"""Builds a botocore data folder in which SQS speaks Query/XML again.

botocore has sent AWS JSON 1.0 to SQS since late 2023. This writes the last Query model
(sqs-reference/models/sqs-query-botocore-1.29.27.json) with the three move-task operations, which
that model predates, taken from the JSON model. Their one flattened list gets the element name the
AWS SDK for Java v1 (1.12.583, generated from the Query model of its day) reads:
ListMessageMoveTasksResultEntry. Point AWS_DATA_PATH at the folder and boto3 uses Query.

Usage: python3 query_model.py <sqs-reference dir> <output dir>
"""
import json
import os
import shutil
import sys

import botocore


def main(reference, out):
    models = os.path.join(reference, "models")
    query = json.load(open(os.path.join(models, "sqs-query-botocore-1.29.27.json")))
    modern = json.load(open(os.path.join(models, "sqs-json-botocore-1.43.11.json")))

    def bring(shape, seen):
        if shape in seen:
            return
        seen.add(shape)
        query["shapes"].setdefault(shape, modern["shapes"][shape])
        s = modern["shapes"][shape]
        refs = [m["shape"] for m in s.get("members", {}).values()]
        refs += [s[k]["shape"] for k in ("member", "key", "value") if k in s]
        for ref in refs:
            bring(ref, seen)

    seen = set()
    for name, op in modern["operations"].items():
        if name in query["operations"]:
            continue
        op = dict(op)
        for part in ("input", "output"):
            if part in op:
                bring(op[part]["shape"], seen)
        for error in op.get("errors", []):
            bring(error["shape"], seen)
        if "output" in op:
            op["output"] = dict(op["output"], resultWrapper=name + "Result")
        query["operations"][name] = op
    entries = query["shapes"]["ListMessageMoveTasksResultEntryList"]
    entries["member"] = dict(entries["member"], locationName="ListMessageMoveTasksResultEntry")

    target = os.path.join(out, "sqs", "2012-11-05")
    os.makedirs(target, exist_ok=True)
    installed = os.path.join(os.path.dirname(botocore.__file__), "data", "sqs", "2012-11-05")
    for name in os.listdir(installed):
        if not name.startswith("service-2"):
            shutil.copy(os.path.join(installed, name), target)
    with open(os.path.join(target, "service-2.json"), "w") as f:
        json.dump(query, f)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
