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
source bench/embedded-jar.sh

for durable in false true; do
  rm -rf "$WORK/data"
  : > "$WORK/app.log"; start_jar "$durable" "$WORK/app.log"
  echo -n "durable-writes=$durable: "
  node bench/durability-load.mjs rate "$BASE" "$USERS" "$CONCURRENCY" "$SECONDS_EACH"
  echo "  store file after the run: $(du -h "$WORK/data/monitor.mv" | cut -f1)"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
