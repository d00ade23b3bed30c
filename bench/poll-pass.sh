#!/usr/bin/env bash
# One full poll pass over N accounts (2 devices each) against the simulator answering after 100 ms:
# accounts/s, upstream calls/s, heap and RSS. Needs only a JDK and Maven. Not part of `mvnw verify`.
# Knobs: BENCH_ACCOUNTS (10000), BENCH_LATENCY_MS (100).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p service/target
./mvnw -B -q test -Dtest=PollPassBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.accounts="${BENCH_ACCOUNTS:-10000}" -Dbench.latency-ms="${BENCH_LATENCY_MS:-100}" \
  -DargLine="${BENCH_JVM_ARGS:--Xmx3g}" -Dquarkus.log.level=WARN > service/target/bench-poll-run.log 2>&1 || { tail -50 service/target/bench-poll-run.log; exit 1; }
cat service/target/bench/poll-pass.txt
