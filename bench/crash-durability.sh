#!/usr/bin/env bash
# Crash test of the embedded store: starts the jar (prod profile, throwaway keys, embedded store in a temp
# folder), registers USERS users and changes each one's e-mail (PATCH /api/v1/me), CONCURRENCY at a time,
# kill -9s the process right after the last answer, restarts it on the same data folder and checks that every
# answered write is there (sign-in works, the e-mail change is kept). Exits non-zero on any loss.
# Not part of `./mvnw verify`. Knobs: USERS (200), CONCURRENCY (16), PORT (18097), DURABLE_WRITES (true; false
# shows the loss of MVStore's once-a-second background commit).
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-200}; CONCURRENCY=${CONCURRENCY:-16}; PORT=${PORT:-18097}; DURABLE_WRITES=${DURABLE_WRITES:-true}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && { kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }; rm -rf "$WORK"; }
trap cleanup EXIT
if [[ ! -f target/quarkus-app/quarkus-run.jar ]] || [[ -n "$(find src pom.xml -type f -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]]; then
  ./mvnw -B -q -DskipTests package
fi

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
export MONITOR_CRYPTO_KEY=$(openssl rand -base64 32) MONITOR_HTTP_INSECURE_REQUESTS=enabled
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$WORK/private.pem"

start() {
  java -Xmx512m -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" \
    -Dmonitor.embedded-store.durable-writes="$DURABLE_WRITES" \
    -Dmonitor.rate-limit.enabled=false -Dmonitor.poll.enabled=false -Dmonitor.mail.enabled=false \
    -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "the service did not become ready:"; tail -40 "$WORK/app.log"; exit 1
}

start
node bench/durability-load.mjs write "$BASE" "$USERS" "$CONCURRENCY" "$WORK/answered.json" "$APP_PID"
kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true
echo "killed (kill -9) right after the last answer; restarting on the same data folder"
start
node bench/durability-load.mjs check "$BASE" "$WORK/answered.json"
