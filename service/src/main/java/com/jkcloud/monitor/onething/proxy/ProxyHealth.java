package com.jkcloud.monitor.onething.proxy;

import java.time.Duration;
import java.time.Instant;

/** Failure bookkeeping of one proxy: benched after a run of failures, each bench twice as long as the last. */
final class ProxyHealth {

    private int consecutiveFailures;
    private int benches;
    private Instant benchedUntil = Instant.MIN;

    synchronized boolean usableAt(Instant now) {
        return !now.isBefore(benchedUntil);
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        benches = 0;
    }

    /** @return when the proxy was just benched, until when; else null. */
    synchronized Instant failed(Instant now, ProxyPolicy policy) {
        consecutiveFailures++;
        if (consecutiveFailures < policy.failuresBeforeBench()) {
            return null;
        }
        consecutiveFailures = 0;
        long factor = 1L << Math.min(benches, 20);
        Duration bench = policy.benchFor().multipliedBy(factor);
        if (bench.compareTo(policy.maxBench()) > 0) {
            bench = policy.maxBench();
        }
        benches++;
        benchedUntil = now.plus(bench);
        return benchedUntil;
    }
}
