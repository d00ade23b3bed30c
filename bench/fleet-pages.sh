#!/usr/bin/env bash
# GET /api/v1/fleet?size=50 (one page, filtered and sorted by the store) for a user with 1 000 OneThing accounts x 20
# devices = 20 000 devices (issue 14): latency at a fixed 50 requests/s (target p99 <= 50 ms), for the plain page,
# a status filter with a descending sort, and a text search. Not part of `./mvnw verify`.
# Runs on a fresh clone with a JDK, Maven and node; installs wrk with apt-get when missing.
# It also reports how long the bulk import of the ACCOUNTS accounts took at LATENCY_MS upstream latency.
# Knobs: PORT (18082), RATE (50), DURATION (20 s), ACCOUNTS (1000), DEVICES (20 per account), LATENCY_MS (100);
# RENDER=1 also times the dashboard's first fleet render in headless Chromium (bench/fleet-render.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18082}; RATE=${RATE:-50}; DURATION=${DURATION:-20}; ACCOUNTS=${ACCOUNTS:-1000}; PER=${DEVICES:-20}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
[[ -f service/target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q -DskipTests package -pl service -am

# The standalone simulator seeds ACCOUNTS accounts of PER devices; one user binds them all with one bulk import.
python3 - "$ACCOUNTS" "$PER" > "$WORK/seed.json" <<'PY'
import json, sys
n, per = int(sys.argv[1]), int(sys.argv[2])
print(json.dumps([{"username": "138%08d" % i, "password": "demo-password-%d" % i, "devices": per} for i in range(1, n + 1)]))
PY
[[ -f simulator/target/jk-cloud-monitor-simulator.jar ]] || ./mvnw -B -q -DskipTests package -pl simulator
java -jar simulator/target/jk-cloud-monitor-simulator.jar --port 18098 --seed-file "$WORK/seed.json" --latency-ms "${LATENCY_MS:-100}" > "$WORK/simulator.log" 2>&1 &
SIM_PID=$!
trap 'kill "$SIM_PID" 2>/dev/null || true; cleanup' EXIT
java -Xmx1g -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" \
  -Dquarkus.rest-client.onething-account.url=http://127.0.0.1:18098/account \
  -Dquarkus.rest-client.onething-control.url=http://127.0.0.1:18098/control \
  -Dmonitor.poll.every=2h -Dmonitor.import.concurrency=16 \
  -Dmonitor.rate-limit.enabled=false -Dquarkus.log.level=WARN \
  -jar service/target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d '{"username":"bench@example.com","password":"bench-password-1"}' \
  "$BASE/api/v1/auth/register" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["token"])')
IMPORT_START=$(date +%s.%N)
python3 -c 'import json,sys; print("\n".join(a["username"] + "," + a["password"] for a in json.load(open(sys.argv[1]))))' "$WORK/seed.json" \
  | curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain' --data-binary @- "$BASE/api/v1/accounts/imports" > /dev/null
DEVICES=0
for _ in $(seq 1 1200); do
  DEVICES=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/fleet?size=1" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["total"])')
  [[ "$DEVICES" -ge $((ACCOUNTS * PER)) ]] && break
  sleep 1
done
echo "== fleet of $DEVICES devices over $ACCOUNTS accounts; the bulk import took $(python3 -c "import sys; print(round($(date +%s.%N) - $IMPORT_START, 1))") s"
for QUERY in "size=50" "size=50&page=200&status=online&sort=-deviceName" "size=50&q=OCP1"; do
  node bench/fixed-rate.mjs "$BASE/api/v1/fleet?$QUERY" 10 3 "$TOKEN" > /dev/null   # warm-up
  echo "== $QUERY: $RATE requests/s for ${DURATION} s"
  node bench/fixed-rate.mjs "$BASE/api/v1/fleet?$QUERY" "$RATE" "$DURATION" "$TOKEN"
done
if [[ "${RENDER:-0}" == 1 ]]; then
  echo "== first fleet render in headless Chromium"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  BASE="$BASE" TOKEN="$TOKEN" node bench/fleet-render.mjs
fi
