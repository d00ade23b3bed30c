#!/usr/bin/env bash
# Browser tests of the web dashboard: installs Chromium and the npm deps, builds the service if needed,
# starts the standalone OneThing simulator and the service on free ports (throwaway store), runs `node --test`,
# stops both and exits with the tests' status.
set -euo pipefail
E2E_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$E2E_DIR")"
JAR="$ROOT/service/target/quarkus-app/quarkus-run.jar"
SIMULATOR_JAR="$ROOT/simulator/target/jk-cloud-monitor-simulator.jar"

# Chromium, and a CJK font so the Chinese pages' screenshots show text rather than boxes.
if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/wqy ]; then
  echo "== installing chromium and fonts-wqy-zenhei"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi
echo "== $(/usr/bin/chromium --version 2>/dev/null)"
(cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error)

if [ ! -f "$JAR" ] || [ ! -f "$SIMULATOR_JAR" ] \
    || [ -n "$(cd "$ROOT" && find service/src simulator/src pom.xml service/pom.xml simulator/pom.xml -type f -newer "$JAR" -print -quit)" ]; then
  echo "== building the service"
  (cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package)
fi

WORK_DIR="$(mktemp -d)"
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
PORT="$(free_port)"
SIM_PORT="$(free_port)"
export E2E_BASE_URL="http://127.0.0.1:$PORT"
export E2E_APP_LOG="$WORK_DIR/app.log"
ADMIN_USERNAME="${E2E_ADMIN_USERNAME:-admin@example.com}"
# A throwaway key for the stored OneThing credentials of this run's throwaway store (env, not argv).
export MONITOR_CRYPTO_KEY="${MONITOR_CRYPTO_KEY:-$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")}"

# The OneThing accounts the tests bind (13800000001..13 / demo-password-N, each with its first box offline as
# in the demo), on the standalone simulator (9..13: fleet-scale.test.mjs).
echo "== starting the OneThing simulator on port $SIM_PORT"
java -jar "$SIMULATOR_JAR" --port "$SIM_PORT" --accounts 13 --first-box-offline >"$WORK_DIR/simulator.log" 2>&1 &
SIM_PID=$!
APP_PID=""
stop_app() {
  [ -n "$APP_PID" ] && { kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
  kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null || true
  rm -rf "$WORK_DIR"
}
trap stop_app EXIT
SIM="http://127.0.0.1:$SIM_PORT"

# Every test registers its own user from this one address: the per-IP rate limits would refuse them.
echo "== starting the service on $E2E_BASE_URL"
java -Dquarkus.profile=dev -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dmonitor.embedded-store.path="$WORK_DIR/store" -Dmonitor.admin-usernames="$ADMIN_USERNAME" \
  -Dmonitor.rate-limit.enabled=false -Dmonitor.poll.every=2h \
  -Dquarkus.rest-client.onething-account.url="$SIM/account" -Dquarkus.rest-client.onething-control.url="$SIM/control" \
  -Dmonitor.market.price-url="$SIM/market/price" \
  -jar "$JAR" >"$E2E_APP_LOG" 2>&1 &
APP_PID=$!

if ! node "$E2E_DIR/support/wait-ready.mjs" "$E2E_BASE_URL/q/health/ready" 180; then
  echo "== the service did not become ready; its log:"
  tail -n 80 "$E2E_APP_LOG"
  exit 1
fi

cd "$E2E_DIR"
set +e
# E2E_TESTS='tests/a.test.mjs tests/b.test.mjs' runs only those
node --test --test-concurrency=1 ${E2E_TESTS:-tests/*.test.mjs}
STATUS=$?
set -e
if [ "$STATUS" -ne 0 ]; then
  echo "== tests failed; the service's log (last 60 lines):"
  tail -n 60 "$E2E_APP_LOG"
fi
exit "$STATUS"
