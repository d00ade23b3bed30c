#!/usr/bin/env bash
# Benchmark of the mobile-app backend (issue 6). Not part of `./mvnw verify`.
#   1. GET /api/v1/discovery next to GET /api/v1/timestamp in the same process
#      (targets: discovery >= 50 % of timestamp's throughput, discovery p99 <= 10 ms);
#   2. heartbeat ingestion with the risk engine on (target >= 2 000/s).
# Runs on a fresh clone with a JDK and network for Maven; installs wrk with apt-get when it is missing.
# Knobs: PORT (18080), DURATION (15s), CONNECTIONS (32), THREADS (2), DEVICES (500).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
export DEVICES=${DEVICES:-500}
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d)
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "== installing wrk"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get install -y wrk >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi

if [[ ! -f service/target/quarkus-app/quarkus-run.jar ]]; then
  echo "== building the application jar"
  ./mvnw -B -q -DskipTests package
fi

echo "== starting the application (embedded store in $WORK)"
# A "bench" profile: not prod (which insists on real secrets), and nothing leaves the machine.
java -Xmx512m -Dquarkus.profile=bench -Dquarkus.mailer.mock=true -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" \
     -Dquarkus.log.level=WARN -Dquarkus.log.category.\"com.jkcloud\".level=WARN \
     -jar service/target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 0.5
done

run_wrk() { # name, wrk args...
  local name=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$WORK/$name.txt"
  local rps p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")
  errors=$(awk '/Non-2xx/ {print $5}' "$WORK/$name.txt")
  echo "$name $rps $p99 ${errors:-0}"
}

to_ms() { # wrk latency (e.g. 850.00us, 2.31ms, 1.02s) in ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

echo "== warming up"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE/api/v1/timestamp" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE/api/v1/discovery" >/dev/null

echo "== measuring GET /api/v1/timestamp and GET /api/v1/discovery ($DURATION each, $CONNECTIONS connections)"
read -r _ ts_rps ts_p99 _ < <(run_wrk timestamp "$BASE/api/v1/timestamp")
read -r _ disc_rps disc_p99 disc_errors < <(run_wrk discovery "$BASE/api/v1/discovery")

echo "== registering $DEVICES devices (each from its own public IP)"
seq 0 $((DEVICES - 1)) | xargs -P 8 -I{} sh -c '
  i={}; ip="198.18.$((i / 256)).$((i % 256))"
  curl -fsS -o /dev/null -H "Content-Type: application/json" -H "X-Forwarded-For: $ip" \
    -H "Platform: Android" -H "AppVersion: 120" \
    -d "{\"data\":{\"deviceID\":\"bench-$i\",\"app\":{\"debug\":\"false\",\"versionCode\":\"120\",\"versionName\":\"1.2.0\"},\"device\":{\"brand\":\"HUAWEI\",\"model\":\"ELS-AN00\",\"displayWidth\":\"1080\",\"displayHeight\":\"2340\",\"fingerprint\":\"HUAWEI/ELS-AN00:10/user/release-keys\"},\"os\":{\"root\":\"false\"},\"location\":{\"latitude\":$((i % 90)).123$i,\"longitude\":$((i % 180)).456$i}}}" \
    '"$BASE"'/api/v1/devices'

echo "== measuring POST /api/v1/mining/heartbeats with the risk engine on"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/heartbeat.lua "$BASE" >/dev/null
read -r _ hb_rps hb_p99 hb_errors < <(run_wrk heartbeats -s bench/heartbeat.lua "$BASE")

ratio=$(awk -v d="$disc_rps" -v t="$ts_rps" 'BEGIN { printf "%.0f", 100 * d / t }')
disc_p99_ms=$(to_ms "$disc_p99")
verdict() { [[ "$1" == 1 ]] && echo "PASS" || echo "MISS"; }
echo
echo "| measurement | result | target |"
echo "|---|---|---|"
echo "| GET /api/v1/timestamp | ${ts_rps} req/s, p99 $(to_ms "$ts_p99") ms | baseline |"
echo "| GET /api/v1/discovery | ${disc_rps} req/s (${ratio} % of timestamp), p99 ${disc_p99_ms} ms, non-2xx ${disc_errors} | >= 50 %, p99 <= 10 ms: $(verdict "$(awk -v r="$ratio" -v p="$disc_p99_ms" 'BEGIN { print (r >= 50 && p <= 10) }')") |"
echo "| POST /api/v1/mining/heartbeats | ${hb_rps} req/s, p99 $(to_ms "$hb_p99") ms, non-2xx ${hb_errors} | >= 2000/s: $(verdict "$(awk -v r="$hb_rps" 'BEGIN { print (r >= 2000) }')") |"
