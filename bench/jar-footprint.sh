#!/usr/bin/env bash
# Start time and resident memory of the JVM jar (prod profile, throwaway keys, embedded store, built-in
# simulator as its own process): at idle, then after binding N accounts (2 devices each) and one full poll pass over them.
# The simulator answers after LATENCY_MS; the pass reports accounts/s (the store path's cost per account).
# Not part of `./mvnw verify`. Knobs: ACCOUNTS (10000), PORT (18095), BIND_PARALLEL (32), HEAP (-Xmx512m),
# LATENCY_MS (100), SIM_PORT (18098), JAR (service/target/quarkus-app/quarkus-run.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS=${ACCOUNTS:-10000}; PORT=${PORT:-18095}; SIM_PORT=${SIM_PORT:-18098}; BIND_PARALLEL=${BIND_PARALLEL:-32}; LATENCY_MS=${LATENCY_MS:-100}; HEAP=${HEAP:--Xmx512m}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""; SIM_PID=""
stop() { [[ -n "$1" ]] && { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() { stop "$APP_PID"; stop "$SIM_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
JAR=${JAR:-service/target/quarkus-app/quarkus-run.jar}
source bench/simulator.sh
[[ -f "$JAR" ]] || ./mvnw -B -q -DskipTests package

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
python3 - "$ACCOUNTS" > "$WORK/seed.json" <<'PY'
import json, sys
print(json.dumps([{"username": "139%08d" % i, "password": "bench-password", "devices": 2} for i in range(int(sys.argv[1]))]))
PY
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$APP_PID/status"; }

start_simulator "$SIM_PORT" "$WORK/simulator.log" --seed-file "$WORK/seed.json" --latency-ms "$LATENCY_MS"
MONITOR_CRYPTO_KEY=$(openssl rand -base64 32) MONITOR_HTTP_INSECURE_REQUESTS=enabled \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$WORK/private.pem" \
java "$HEAP" -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" -Dquarkus.http.idle-timeout=60m \
  -Dquarkus.rest-client.onething-account.url=http://127.0.0.1:$SIM_PORT/account \
  -Dquarkus.rest-client.onething-control.url=http://127.0.0.1:$SIM_PORT/control \
  -Dmonitor.admin-usernames=bench@example.com -Dmonitor.rate-limit.enabled=false -Dmonitor.poll.enabled=false \
  -Dquarkus.log.level=WARN -Dquarkus.log.category.\"io.quarkus\".level=INFO \
  -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
grep -o "started in [0-9.]*s" "$WORK/app.log" | sed 's/^/JVM jar /'
sleep 10
echo "RSS at idle: $(rss)"

TOKEN=$(curl -fsS -H 'Content-Type: application/json' -d '{"username":"bench@example.com","password":"bench-password"}' \
  "$BASE/api/v1/auth/register" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["token"])')
started=$(date +%s)
seq 0 $((ACCOUNTS - 1)) | xargs -P "$BIND_PARALLEL" -I{} sh -c \
  "printf '{\"username\":\"139%08d\",\"password\":\"bench-password\"}' {} | curl -fsS -o /dev/null -H 'Content-Type: application/json' -H 'Authorization: Bearer $TOKEN' --data-binary @- $BASE/api/v1/accounts || echo bind-failed"
echo "bound $ACCOUNTS accounts in $(( $(date +%s) - started )) s; RSS $(rss)"
curl -fsS -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/admin/poll?all=true" | python3 -c \
  'import sys,json; d=json.load(sys.stdin)["data"]; print("poll pass: %d accounts, %d ok, %d failed in %.1f s = %.1f accounts/s" % (d["accounts"], d["ok"], d["failed"], d["durationMs"] / 1000, d["accounts"] * 1000 / max(d["durationMs"], 1)))'
echo "RSS after the pass: $(rss)"
