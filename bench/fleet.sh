#!/usr/bin/env bash
# GET /api/v1/fleet for a user with 100 OneThing accounts x 2 devices (issue 4): latency at a fixed
# 200 requests/s (target p99 <= 50 ms), then the most it serves with wrk. Not part of `./mvnw verify`.
# Runs on a fresh clone with a JDK, Maven and node; installs wrk with apt-get when missing.
# Knobs: PORT (18081), RATE (200), DURATION (20 s), ACCOUNTS (100).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}; RATE=${RATE:-200}; DURATION=${DURATION:-20}; ACCOUNTS=${ACCOUNTS:-100}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""; SIM_PID=""
stop() { [[ -n "$1" ]] && { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() { stop "$APP_PID"; stop "$SIM_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
source bench/simulator.sh

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
[[ -f service/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -DskipTests package

# One user with ACCOUNTS simulated accounts of 2 devices each (the simulator's seed file), bound through the API.
python3 - "$ACCOUNTS" > "$WORK/seed.json" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps([{"username": "138%08d" % i, "password": "demo-password-%d" % i, "devices": 2} for i in range(1, n + 1)]))
PY
start_simulator 18099 "$WORK/simulator.log" --seed-file "$WORK/seed.json"
java -Xmx512m -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" \
  -Dquarkus.rest-client.onething-account.url=http://127.0.0.1:18099/account \
  -Dquarkus.rest-client.onething-control.url=http://127.0.0.1:18099/control \
  -Dmonitor.market.price-url=http://127.0.0.1:18099/market/price -Dmonitor.poll.tick=1h \
  -Dmonitor.rate-limit.enabled=false -Dquarkus.log.level=WARN \
  -jar service/target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d '{"username":"fleet-bench@example.com","password":"bench-password"}' \
  "$BASE/api/v1/auth/register" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["token"])')
seq 1 "$ACCOUNTS" | xargs -P 8 -I{} sh -c \
  "printf '{\"username\":\"138%08d\",\"password\":\"demo-password-%d\"}' {} {} | curl -fsS -o /dev/null -H 'Content-Type: application/json' -H 'Authorization: Bearer $TOKEN' --data-binary @- $BASE/api/v1/accounts || echo bind-failed"
for _ in $(seq 1 240); do
  DEVICES=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/fleet" | python3 -c 'import sys,json; print(len(json.load(sys.stdin)["data"]["devices"]))')
  [[ "$DEVICES" -ge $((ACCOUNTS * 2)) ]] && break
  sleep 1
done
echo "== fleet of $DEVICES devices over $ACCOUNTS accounts"
node bench/fixed-rate.mjs "$BASE/api/v1/fleet" 20 5 "$TOKEN" > /dev/null   # warm-up
echo "== fixed rate: $RATE requests/s for ${DURATION} s"
node bench/fixed-rate.mjs "$BASE/api/v1/fleet" "$RATE" "$DURATION" "$TOKEN"
echo "== most it serves (wrk, 2 threads, 8 connections, 15 s)"
wrk -t2 -c8 -d15s --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/fleet" | grep -E "Requests/sec|50%|99%|Non-2xx" || true
