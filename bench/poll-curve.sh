#!/usr/bin/env bash
# Issue 14's poll-pass curve through the production jar on its embedded store: for each N in CURVE, a fresh jar
# (-Xmx512m) and simulator (N accounts x 2 devices, LATENCY_MS upstream latency); one user binds all N with bulk
# imports (their duration is the bulk-import figure); then one full poll pass (POST /api/v1/admin/poll?all=true):
# accounts/s, and the heap in use after a full GC. Not part of `./mvnw verify`; needs a JDK, Maven, python3, curl.
# Knobs: CURVE ("1000 5000 10000 20000"), LATENCY_MS (100), HEAP (-Xmx512m), PORT (18095), SIM_PORT (18098),
# IMPORT_CONCURRENCY (the jar's default when empty), JFR=1 or JFR=import (the pass's or the import's hottest frames), JAR,
# WARM_UP (0): accounts another user imports first, so the timed import runs on a warmed-up JVM (the pass polls them too).
set -euo pipefail
cd "$(dirname "$0")/.."
CURVE=${CURVE:-1000 5000 10000 20000}; LATENCY_MS=${LATENCY_MS:-100}; HEAP=${HEAP:--Xmx512m}
PORT=${PORT:-18095}; SIM_PORT=${SIM_PORT:-18098}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""; SIM_PID=""
stop() { [[ -n "$1" ]] && { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() { stop "$APP_PID"; stop "$SIM_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
source bench/simulator.sh
source bench/monitor-jar.sh
json() { python3 -c "import sys,json; d=json.load(sys.stdin)['data']; print($1)"; }
cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / tck}' "/proc/$1/stat"; }
since() { python3 -c "print(round($1 - $2, 1))"; }
heap_used() { jcmd "$APP_PID" GC.run >/dev/null; jcmd "$APP_PID" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}'; }
accounts_from() { seq 0 $(($2 - 1)) | awk -v prefix="$1" '{printf "%s%08d,bench-password\n", prefix, $1}'; }

# The recorded phase's hottest frames.
hottest() {
  jcmd "$APP_PID" JFR.stop name=phase >/dev/null
  jfr print --events jdk.ExecutionSample "$WORK/phase.jfr" | grep -A1 'stackTrace = \[' | grep -v 'stackTrace\|--' \
    | sed 's/line:.*//' | sort | uniq -c | sort -rn | head -25
}

run_one() {
  local accounts=$1 token started cpu_before sim_before bound
  python3 - "$accounts" "${WARM_UP:-0}" > "$WORK/seed.json" <<'PY'
import json, sys
print(json.dumps([{"username": "139%08d" % i, "password": "bench-password", "devices": 2} for i in range(int(sys.argv[1]))]
                 + [{"username": "137%08d" % i, "password": "bench-password", "devices": 2} for i in range(int(sys.argv[2]))]))
PY
  rm -rf "$WORK/data"
  start_simulator "$SIM_PORT" "$WORK/simulator.log" --seed-file "$WORK/seed.json" --latency-ms "$LATENCY_MS"
  start_monitor "$PORT" "$SIM_PORT" "$WORK/app.log" -Dmonitor.admin-usernames=bench@example.com \
    ${IMPORT_CONCURRENCY:+-Dmonitor.import.concurrency=$IMPORT_CONCURRENCY}
  token=$(sign_up bench@example.com)
  if [[ "${WARM_UP:-0}" -gt 0 ]]; then
    accounts_from 137 "$WARM_UP" | import_accounts "$(sign_up warm-up@example.com)" > /dev/null
    echo "N=$accounts: warmed up with an import of $WARM_UP accounts"
  fi
  [[ "${JFR:-0}" == import ]] && jcmd "$APP_PID" JFR.start name=phase filename="$WORK/phase.jfr" settings=profile >/dev/null
  started=$(date +%s.%N); cpu_before=$(cpu_seconds "$APP_PID"); sim_before=$(cpu_seconds "$SIM_PID")
  bound=$(accounts_from 139 "$accounts" | import_accounts "$token")
  echo "N=$accounts: bulk import bound $bound in $(since "$(date +%s.%N)" "$started") s" \
    "(CPU: monitor $(since "$(cpu_seconds "$APP_PID")" "$cpu_before") s, simulator $(since "$(cpu_seconds "$SIM_PID")" "$sim_before") s)"
  [[ "${JFR:-0}" == import ]] && hottest
  [[ "${JFR:-0}" == 1 ]] && jcmd "$APP_PID" JFR.start name=phase filename="$WORK/phase.jfr" settings=profile >/dev/null
  cpu_before=$(cpu_seconds "$APP_PID")
  curl -fsS -X POST -H "Authorization: Bearer $token" "$BASE/api/v1/admin/poll?all=true" | json \
    '"N=%d: poll pass %d ok, %d failed in %.1f s = %.1f accounts/s" % (d["accounts"], d["ok"], d["failed"], d["durationMs"] / 1000, d["accounts"] * 1000 / max(d["durationMs"], 1))'
  echo "N=$accounts: the pass used $(since "$(cpu_seconds "$APP_PID")" "$cpu_before") s of monitor CPU"
  echo "N=$accounts: heap in use after a full GC $(heap_used); RSS $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP_PID/status")"
  [[ "${JFR:-0}" == 1 ]] && hottest
  stop "$APP_PID"; APP_PID=""; stop "$SIM_PID"; SIM_PID=""
}
for n in $CURVE; do run_one "$n"; done
