#!/usr/bin/env bash
# What durable acknowledgements cost on the embedded store: acknowledged PATCH /api/v1/me per second at
# CONCURRENCY, with MVStore's background commit (monitor.embedded-store.durable-writes=false, the old behaviour)
# and with a commit before every answer (true, the default). Same jar, fresh store, throwaway keys each time.
# Not part of `./mvnw verify`. Knobs: CONCURRENCY (32), DURATION_S (20), USERS (32), PORT (18096).
set -euo pipefail
cd "$(dirname "$0")/.."
CONCURRENCY=${CONCURRENCY:-32}; SECONDS_EACH=${DURATION_S:-20}; USERS=${USERS:-32}; PORT=${PORT:-18096}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d); APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }; rm -rf "$WORK"; }
trap cleanup EXIT
if [[ ! -f target/quarkus-app/quarkus-run.jar ]] || [[ -n "$(find src pom.xml -type f -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]]; then
  ./mvnw -B -q -DskipTests package
fi

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
export MONITOR_CRYPTO_KEY=$(openssl rand -base64 32) MONITOR_HTTP_INSECURE_REQUESTS=enabled
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$WORK/private.pem"

for durable in false true; do
  rm -rf "$WORK/data"
  java -Xmx512m -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" \
    -Dmonitor.embedded-store.durable-writes="$durable" \
    -Dmonitor.rate-limit.enabled=false -Dmonitor.poll.enabled=false -Dmonitor.mail.enabled=false \
    -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
  echo -n "durable-writes=$durable: "
  node bench/durability-load.mjs rate "$BASE" "$USERS" "$CONCURRENCY" "$SECONDS_EACH"
  echo "  store file after the run: $(du -h "$WORK/data/monitor.mv" | cut -f1)"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
