#!/usr/bin/env bash
# Runs official AWS SDKs of other languages against the standalone fake, in both protocols:
# the AWS SDK for JavaScript v3 (latest: AWS JSON 1.0; 3.445.0: Query/XML) and, when python3 can
# import boto3, boto3 (JSON, and Query through the last Query model). Exits non-zero on a failure.
#
# Usage: bash compat/run.sh          (env: SQS_REFERENCE, the sqs-reference folder, default ../shared/sqs-reference;
#                                      PORT and FPORT, the two servers' ports, default 9411 and 9437;
#                                      SKIP_BUILD=1 to use the server jar already built)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
reference=${SQS_REFERENCE:-$root/../shared/sqs-reference}
port=${PORT:-9411}
fport=${FPORT:-9437}
out=$here/out
mkdir -p "$out"

# Built every time (some 20 s) so that a stale jar is never the one checked; SKIP_BUILD=1 skips it.
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$root" && ./mvnw -B -q -pl sdk-testing -am package -DskipTests)
fi
jar=$(ls "$root"/sdk-testing/target/sdk-testing-*-server.jar | head -1)
(cd "$here/node" && npm ci --no-audit --no-fund --loglevel=error)

java -jar "$jar" --port "$port" > "$out/server.log" 2>&1 &
server=$!
java -cp "$jar" "$here/node/faults/FaultServer.java" "$fport" > "$out/fault-server.log" 2>&1 &
faults=$!
trap 'kill -TERM $server $faults 2>/dev/null; wait $server $faults 2>/dev/null || true' EXIT
for log in "$out/server.log" "$out/fault-server.log"; do
  for _ in $(seq 1 60); do grep -q '^listening on' "$log" && break; sleep 0.5; done
  grep -q '^listening on' "$log" || { echo "server did not start:"; cat "$log"; exit 2; }
done

status=0
run() {
  local name=$1; shift
  if "$@" > "$out/$name.txt" 2>&1; then echo "ok    $name: $(tail -1 "$out/$name.txt")"
  else status=1; echo "FAIL  $name: $(tail -1 "$out/$name.txt")"; grep -h '^FAIL' "$out/$name.txt" || true; fi
}
for protocol in json query; do
  run "js-$protocol" node "$here/node/scenario.js" "$protocol" "http://127.0.0.1:$port"
  run "js-faults-$protocol" node "$here/node/faults.js" "$protocol" "http://127.0.0.1:$fport"
done
node "$here/node/summarize.js" > "$out/errors-table.txt"

if python3 -c 'import boto3' 2>/dev/null; then
  python3 "$here/python/query_model.py" "$reference" "$out/botocore-query"
  run boto3-json python3 "$here/python/scenarios.py" "http://127.0.0.1:$port"
  run boto3-query python3 "$here/python/scenarios.py" "http://127.0.0.1:$port" "$out/botocore-query"
else
  echo "boto3 is not installed here: the Python runs were left out"
fi
exit $status
