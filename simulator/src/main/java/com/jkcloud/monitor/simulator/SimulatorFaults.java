package com.jkcloud.monitor.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** The misbehaviour tests switch on: latency, errors, garbage, bans, refused draws, a broken price page. */
final class SimulatorFaults {

    volatile Duration latency = Duration.ZERO;
    volatile double errorRate;
    volatile double malformedRate;
    volatile int failingStatus = 503;
    final AtomicInteger failNext = new AtomicInteger();
    volatile int banAfterPerMinute;
    final Map<String, int[]> requestsPerMinuteByIp = new ConcurrentHashMap<>();
    final Map<String, String> withdrawalFailures = new ConcurrentHashMap<>();
    volatile BigDecimal eth = new BigDecimal("18234.56");
    volatile BigDecimal usdt = new BigDecimal("7.1835");
    volatile boolean pricePageBroken;

    void reset() {
        latency = Duration.ZERO;
        errorRate = 0;
        malformedRate = 0;
        failNext.set(0);
        banAfterPerMinute = 0;
        requestsPerMinuteByIp.clear();
        withdrawalFailures.clear();
        pricePageBroken = false;
    }

    /** A status to fail this request with, or 0. */
    int injectedFailure() {
        if (failNext.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return failingStatus;
        }
        return chance(errorRate) ? 502 : 0;
    }

    boolean malformed() {
        return chance(malformedRate);
    }

    /** Counts the request against its IP's minute; true when the IP is over the limit. */
    boolean banned(String clientIp, long epochMinute) {
        int limit = banAfterPerMinute;
        if (limit <= 0) {
            return false;
        }
        int[] window = requestsPerMinuteByIp.compute(clientIp, (ip, current) -> {
            if (current == null || current[0] != (int) epochMinute) {
                return new int[] {(int) epochMinute, 1};
            }
            current[1]++;
            return current;
        });
        return window[1] > limit;
    }

    private static boolean chance(double probability) {
        return probability > 0 && ThreadLocalRandom.current().nextDouble() < probability;
    }
}
