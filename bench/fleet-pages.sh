#!/usr/bin/env bash
# GET /api/v1/fleet?size=50 (one page, filtered and sorted by the store) for a user with 1 000 OneThing accounts x 20
# devices = 20 000 devices (issue 14), bound by one bulk import: latency at a fixed 50 requests/s (target p99 <= 50 ms)
# for the plain page, a status filter with a descending sort deep in the list, and a text search.
# Not part of `./mvnw verify`; needs a JDK, Maven, python3, node (and Chromium for RENDER=1).
# Knobs: PORT (18082), SIM_PORT (18097), RATE (50), DURATION (20 s), ACCOUNTS (1000), DEVICES (20 per account),
# LATENCY_MS (100); RENDER=1 also times the dashboard's first fleet render in headless Chromium (bench/fleet-render.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18082}; SIM_PORT=${SIM_PORT:-18097}; RATE=${RATE:-50}; DURATION=${DURATION:-20}; ACCOUNTS=${ACCOUNTS:-1000}; PER=${DEVICES:-20}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""; SIM_PID=""
stop() { [[ -n "$1" ]] && { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() { stop "$APP_PID"; stop "$SIM_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
source bench/simulator.sh
source bench/monitor-jar.sh

python3 - "$ACCOUNTS" "$PER" > "$WORK/seed.json" <<'PY'
import json, sys
n, per = int(sys.argv[1]), int(sys.argv[2])
print(json.dumps([{"username": "138%08d" % i, "password": "demo-password-%d" % i, "devices": per} for i in range(1, n + 1)]))
PY
start_simulator "$SIM_PORT" "$WORK/simulator.log" --seed-file "$WORK/seed.json" --latency-ms "${LATENCY_MS:-100}"
start_monitor "$PORT" "$SIM_PORT" "$WORK/app.log"
TOKEN=$(sign_up fleet-bench@example.com)
started=$(date +%s.%N)
bound=$(python3 -c 'import json,sys; print("\n".join(a["username"] + "," + a["password"] for a in json.load(open(sys.argv[1]))))' "$WORK/seed.json" \
  | import_accounts "$TOKEN")
DEVICES=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/fleet?size=1" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["total"])')
echo "== fleet of $DEVICES devices over $bound accounts; the bulk import took $(python3 -c "print(round($(date +%s.%N) - $started, 1))") s"
for QUERY in "size=50" "size=50&page=200&status=online&sort=-deviceName" "size=50&q=OCP1"; do
  node bench/fixed-rate.mjs "$BASE/api/v1/fleet?$QUERY" 10 3 "$TOKEN" > /dev/null   # warm-up
  echo "== $QUERY: $RATE requests/s for ${DURATION} s"
  node bench/fixed-rate.mjs "$BASE/api/v1/fleet?$QUERY" "$RATE" "$DURATION" "$TOKEN"
done
if [[ "${RENDER:-0}" == 1 ]]; then
  echo "== first fleet render in headless Chromium"
  [[ -d e2e/node_modules/playwright-core ]] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  BASE="$BASE" TOKEN="$TOKEN" node bench/fleet-render.mjs
fi
