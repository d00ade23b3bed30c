#!/usr/bin/env bash
# GET /api/v1/fleet?size=50 (one page, filtered and sorted by the store) for a user with 1 000 OneThing accounts x 20
# devices = 20 000 devices (issue 14), bound by one bulk import: latency at a fixed 50 requests/s (target p99 <= 50 ms)
# for the plain page, a status filter with a descending sort deep in the list, a text search, and random pages of six
# orders; then what the first ask of a query costs (each sortable field in turn) and the first ask after a rename.
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
ask() { curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/fleet?$1"; }
ORDERS="deviceName -ip usbUsedBytes -updatedAt status -connectTime"
for order in $ORDERS; do ask "size=50&sort=$order" > /dev/null; done   # each order's first ask (timed below)
for QUERY in "size=50" "size=50&page=200&status=online&sort=-deviceName" "size=50&q=OCP1" \
    "size=50&page={page:400}&sort={one:${ORDERS// /|}}"; do
  node bench/fixed-rate.mjs "$BASE/api/v1/fleet?$QUERY" "$RATE" 5 "$TOKEN" > /dev/null   # warm-up: 5 s at the same rate
  echo "== $QUERY: $RATE requests/s for ${DURATION} s"
  node bench/fixed-rate.mjs "$BASE/api/v1/fleet?$QUERY" "$RATE" "$DURATION" "$TOKEN"
done
if [[ "${RENDER:-0}" == 1 ]]; then
  echo "== first fleet render in headless Chromium"
  [[ -d e2e/node_modules/playwright-core ]] || (cd e2e && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  BASE="$BASE" TOKEN="$TOKEN" node bench/fleet-render.mjs
fi
echo "== the first ask of a query (one store scan), each sortable field ascending on the online devices:"
for field in deviceSn deviceName status ip lanIp hardwareModel systemVersion updatedAt connectTime disconnectTime bindTime usbUsedBytes usbCapacityBytes; do
  ask "size=50&status=online&sort=$field"
done | sort -n | awk '{ms[NR] = $1 * 1000} END {printf "%d queries: median %.0f ms, max %.0f ms\n", NR, ms[int((NR + 1) / 2)], ms[NR]}'
ACCOUNT=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/accounts" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"][0]["id"])')
curl -fsS -o /dev/null -X PATCH -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"name":"renamed"}' "$BASE/api/v1/accounts/$ACCOUNT"
echo "== the plain page right after the owner renamed an account: $(ask size=50 | awk '{printf "%.0f ms", $1 * 1000}'), then $(ask size=50 | awk '{printf "%.1f ms", $1 * 1000}')"
