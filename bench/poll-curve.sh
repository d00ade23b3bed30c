#!/usr/bin/env bash
# Issue 14's poll-pass curve through the production jar on its embedded store: for each N in CURVE, a fresh jar
# (-Xmx512m) and simulator (N accounts x 2 devices, LATENCY_MS upstream latency); one user binds all N with bulk
# imports (their duration is the bulk-import figure); then one full poll pass (POST /api/v1/admin/poll?all=true):
# accounts/s, and the heap in use after a full GC. Not part of `./mvnw verify`; needs a JDK, Maven, python3, curl.
# Knobs: CURVE ("1000 5000 10000 20000"), LATENCY_MS (100), HEAP (-Xmx512m), PORT (18095), SIM_PORT (18098),
# IMPORT_CONCURRENCY (the jar's default when empty), JFR=1 (prints the pass's hottest frames), JAR,
# WARM_UP (0): accounts another user imports first, so the timed import runs on a warmed-up JVM (the pass polls them too).
set -euo pipefail
cd "$(dirname "$0")/.."
CURVE=${CURVE:-1000 5000 10000 20000}; LATENCY_MS=${LATENCY_MS:-100}; HEAP=${HEAP:--Xmx512m}
PORT=${PORT:-18095}; SIM_PORT=${SIM_PORT:-18098}; JAR=${JAR:-service/target/quarkus-app/quarkus-run.jar}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""; SIM_PID=""
stop() { [[ -n "$1" ]] && { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() { stop "$APP_PID"; stop "$SIM_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
source bench/simulator.sh
[[ -f "$JAR" ]] || ./mvnw -B -q -DskipTests package
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
json() { python3 -c "import sys,json; d=json.load(sys.stdin)['data']; print($1)"; }
cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / tck}' "/proc/$1/stat"; }
heap_used() { jcmd "$APP_PID" GC.run >/dev/null; jcmd "$APP_PID" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}'; }

# The recorded phase's hottest frames, and the hottest of our own and of the store's code.
hottest() {
  jcmd "$APP_PID" JFR.stop name=phase >/dev/null
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$WORK/phase.jfr" > "$WORK/samples.txt"; cp "$WORK/samples.txt" /tmp/last-samples.txt
  echo "-- top frames"; grep -A1 'stackTrace = \[' "$WORK/samples.txt" | grep -v 'stackTrace\|--' | sed 's/line:.*//' | sort | uniq -c | sort -rn | head -15
  echo "-- ours / the store's, by sample"
  awk '/stackTrace = \[/ {ours = ""; store = ""} /com\.jkcloud/ && ours == "" {ours = $1} /de\.bwaldvogel\.mongo\.backend\.(Abstract|h2)/ && store == "" {store = $1} /^\s*\]/ {if (ours != "") print "ours  " ours; if (store != "") print "store " store}' "$WORK/samples.txt" \
    | sort | uniq -c | sort -rn | head -25
}

run_one() {
  local accounts=$1
  python3 - "$accounts" "${WARM_UP:-0}" > "$WORK/seed.json" <<'PY'
import json, sys
print(json.dumps([{"username": "139%08d" % i, "password": "bench-password", "devices": 2} for i in range(int(sys.argv[1]))]
                 + [{"username": "137%08d" % i, "password": "bench-password", "devices": 2} for i in range(int(sys.argv[2]))]))
PY
  rm -rf "$WORK/data"
  start_simulator "$SIM_PORT" "$WORK/simulator.log" --seed-file "$WORK/seed.json" --latency-ms "$LATENCY_MS"
  MONITOR_CRYPTO_KEY=$(openssl rand -base64 32) MONITOR_HTTP_INSECURE_REQUESTS=enabled \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$WORK/private.pem" \
  java "$HEAP" -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" -Dquarkus.http.idle-timeout=60m \
    -Dquarkus.rest-client.onething-account.url=http://127.0.0.1:$SIM_PORT/account \
    -Dquarkus.rest-client.onething-control.url=http://127.0.0.1:$SIM_PORT/control \
    -Dmonitor.admin-usernames=bench@example.com -Dmonitor.rate-limit.enabled=false -Dmonitor.poll.enabled=false \
    ${IMPORT_CONCURRENCY:+-Dmonitor.import.concurrency=$IMPORT_CONCURRENCY} -Dquarkus.log.level=WARN \
    -jar "$JAR" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  local token started ids
  token=$(curl -fsS -H 'Content-Type: application/json' -d '{"username":"bench@example.com","password":"bench-password"}' \
    "$BASE/api/v1/auth/register" | json 'd["token"]')
  if [[ "${WARM_UP:-0}" -gt 0 ]]; then
    local warm_token warm_id; warm_token=$(curl -fsS -H 'Content-Type: application/json' -d '{"username":"warm-up@example.com","password":"bench-password"}' \
      "$BASE/api/v1/auth/register" | json 'd["token"]')
    warm_id=$(seq 0 $((WARM_UP - 1)) | awk '{printf "137%08d,bench-password\n", $1}' \
      | curl -fsS -H "Authorization: Bearer $warm_token" -H 'Content-Type: text/plain' --data-binary @- "$BASE/api/v1/accounts/imports" | json 'd["id"]')
    curl -fsS -N -H "Authorization: Bearer $warm_token" -H 'Accept: text/event-stream' "$BASE/api/v1/accounts/imports/$warm_id/events" > /dev/null
    echo "N=$accounts: warmed up with an import of $WARM_UP accounts"
  fi
  [[ "${JFR:-0}" == import ]] && jcmd "$APP_PID" JFR.start name=phase filename="$WORK/phase.jfr" settings=profile >/dev/null
  started=$(date +%s.%N); ids=""; local cpu_before sim_before; cpu_before=$(cpu_seconds "$APP_PID"); sim_before=$(cpu_seconds "$SIM_PID")
  for ((from = 0; from < accounts; from += 10000)); do   # an import holds at most 10 000 lines
    ids+=" $(seq "$from" $((from + 10000 < accounts ? from + 9999 : accounts - 1)) | awk '{printf "139%08d,bench-password\n", $1}' \
      | curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' --data-binary @- "$BASE/api/v1/accounts/imports" | json 'd["id"]')"
  done
  local bound=0
  for id in $ids; do
    # follow the progress stream as the dashboard does; it ends with the DONE event
    curl -fsS -N -H "Authorization: Bearer $token" -H 'Accept: text/event-stream' "$BASE/api/v1/accounts/imports/$id/events" > /dev/null
    bound=$((bound + $(curl -fsS -H "Authorization: Bearer $token" "$BASE/api/v1/accounts/imports/$id" | json 'd["bound"]')))
  done
  echo "N=$accounts: bulk import bound $bound in $(python3 -c "print(round($(date +%s.%N) - $started, 1))") s" \
    "(CPU: monitor $(python3 -c "print(round($(cpu_seconds "$APP_PID") - $cpu_before, 1))") s, simulator $(python3 -c "print(round($(cpu_seconds "$SIM_PID") - $sim_before, 1))") s)"
  [[ "${JFR:-0}" == import ]] && hottest
  [[ "${JFR:-0}" == 1 ]] && jcmd "$APP_PID" JFR.start name=phase filename="$WORK/phase.jfr" settings=profile >/dev/null
  cpu_before=$(cpu_seconds "$APP_PID")
  curl -fsS -X POST -H "Authorization: Bearer $token" "$BASE/api/v1/admin/poll?all=true" | json \
    '"N=%d: poll pass %d ok, %d failed in %.1f s = %.1f accounts/s" % (d["accounts"], d["ok"], d["failed"], d["durationMs"] / 1000, d["accounts"] * 1000 / max(d["durationMs"], 1))'
  echo "N=$accounts: the pass used $(python3 -c "print(round($(cpu_seconds "$APP_PID") - $cpu_before, 1))") s of monitor CPU"
  echo "N=$accounts: heap in use after a full GC $(heap_used); RSS $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP_PID/status")"
  [[ "${JFR:-0}" == 1 ]] && hottest
  stop "$APP_PID"; APP_PID=""; stop "$SIM_PID"; SIM_PID=""
}
for n in $CURVE; do run_one "$n"; done
