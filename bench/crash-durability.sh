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
source bench/embedded-jar.sh

start() { start_jar "$DURABLE_WRITES" "$WORK/app.log"; }

start
node bench/durability-load.mjs write "$BASE" "$USERS" "$CONCURRENCY" "$WORK/answered.json" "$APP_PID"
kill -9 "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true
echo "killed (kill -9) right after the last answer; restarting on the same data folder"
start
node bench/durability-load.mjs check "$BASE" "$WORK/answered.json"
