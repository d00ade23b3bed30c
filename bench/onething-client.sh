#!/usr/bin/env bash
# Benchmarks the OneThing client against the simulator (100 ms latency, 64 calls in flight) and prints
# signed calls/s and p50/p99. Needs only a JDK and Maven (the wrapper). Not part of `mvnw verify`.
# Knobs: BENCH_SECONDS, BENCH_CONCURRENCY, BENCH_LATENCY_MS, BENCH_ACCOUNTS.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p service/target
./mvnw -B -q test -Dtest=OneThingClientBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.seconds="${BENCH_SECONDS:-15}" -Dbench.concurrency="${BENCH_CONCURRENCY:-64}" \
  -Dbench.latency-ms="${BENCH_LATENCY_MS:-100}" -Dbench.accounts="${BENCH_ACCOUNTS:-500}" \
  -Dquarkus.log.level=WARN > service/target/bench-run.log 2>&1 || { tail -50 service/target/bench-run.log; exit 1; }
cat service/target/bench/onething-client.txt
