#!/usr/bin/env bash
# GET /api/v1/fleet for a user with 100 OneThing accounts x 2 devices (issue 4): latency at a fixed
# 200 requests/s (target p99 <= 50 ms), then the most it serves with wrk. Not part of `./mvnw verify`.
# Runs on a fresh clone with a JDK, Maven and node; installs wrk with apt-get when missing.
# Knobs: PORT (18081), RATE (200), DURATION (20 s), ACCOUNTS (100).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}; RATE=${RATE:-200}; DURATION=${DURATION:-20}; ACCOUNTS=${ACCOUNTS:-100}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -DskipTests package

# The demo seeds one user with ACCOUNTS simulated accounts of 2 devices each (the simulator's seed file).
python3 - "$ACCOUNTS" > "$WORK/seed.json" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps([{"username": "138%08d" % i, "password": "demo-password-%d" % i, "devices": 2} for i in range(1, n + 1)]))
PY
java -Xmx512m -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" \
  -Dmonitor.simulator.port=18099 -Dquarkus.rest-client.onething-account.url=http://127.0.0.1:18099/account \
  -Dquarkus.rest-client.onething-control.url=http://127.0.0.1:18099/control \
  -Dmonitor.simulator.seed-file="$WORK/seed.json" -Dmonitor.demo.accounts="$ACCOUNTS" -Dmonitor.poll.tick=1h \
  -Dmonitor.rate-limit.enabled=false -Dquarkus.log.level=WARN \
  -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
TOKEN=""
for _ in $(seq 1 240); do
  TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d '{"username":"demo@jkcloud.local","password":"demo-password"}' \
    "$BASE/api/v1/auth/login" 2>/dev/null | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["token"])' 2>/dev/null || true)
  if [[ -n "$TOKEN" ]]; then
    DEVICES=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/fleet" | python3 -c 'import sys,json; print(len(json.load(sys.stdin)["data"]["devices"]))')
    [[ "$DEVICES" -ge $((ACCOUNTS * 2)) ]] && break
  fi
  sleep 1
done
echo "== fleet of $DEVICES devices over $ACCOUNTS accounts"
node bench/fixed-rate.mjs "$BASE/api/v1/fleet" 20 5 "$TOKEN" > /dev/null   # warm-up
echo "== fixed rate: $RATE requests/s for ${DURATION} s"
node bench/fixed-rate.mjs "$BASE/api/v1/fleet" "$RATE" "$DURATION" "$TOKEN"
echo "== most it serves (wrk, 2 threads, 8 connections, 15 s)"
wrk -t2 -c8 -d15s --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/fleet" | grep -E "Requests/sec|50%|99%|Non-2xx" || true
