package com.jkcloud.monitor.bench;

import com.jkcloud.monitor.onething.LoginType;
import com.jkcloud.monitor.onething.OneThingCredentials;
import com.jkcloud.monitor.onething.OneThingGateway;
import com.jkcloud.monitor.onething.OneThingPasswords;
import com.jkcloud.monitor.onething.OneThingResult;
import com.jkcloud.monitor.simulator.OneThingSimulator;
import com.jkcloud.monitor.support.OneThingSimulatorResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a unit test (its name keeps it out of {@code mvn verify}); run it with {@code bench/onething-client.sh}.
 * Signed {@code listPeer} calls through the whole gateway (session, filter, guards, parsing) against the
 * simulator answering after 100 ms, with a fixed number of calls in flight.
 */
@QuarkusTest
class OneThingClientBenchmark {

    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 64);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 500);
    private static final Duration LATENCY = Duration.ofMillis(Long.getLong("bench.latency-ms", 100));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 5));
    private static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 15));

    @Inject
    OneThingGateway gateway;

    @Test
    void signedCallsPerSecondAtFixedConcurrency() throws Exception {
        OneThingSimulator simulator = OneThingSimulatorResource.simulator();
        List<OneThingCredentials> accounts = new ArrayList<>();
        for (int index = 0; index < ACCOUNTS; index++) {
            String username = String.format("1660000%04d", index);
            simulator.addAccount(username, "bench-password", 2);
            accounts.add(new OneThingCredentials(username, LoginType.PHONE, OneThingPasswords.derivePwd("bench-password")));
        }
        simulator.setLatency(LATENCY);
        try {
            run(accounts, WARM_UP);
            Result result = run(accounts, MEASURE);
            String report = String.format(
                    "OneThing client benchmark: %d in flight, %d accounts, simulator latency %d ms, %d s measured%n"
                            + "calls: %d ok, %d failed%nthroughput: %.1f signed calls/s%nlatency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    CONCURRENCY, ACCOUNTS, LATENCY.toMillis(), MEASURE.toSeconds(), result.ok, result.failed,
                    result.ok / (double) MEASURE.toSeconds(), result.percentile(50), result.percentile(99), result.percentile(100));
            System.out.println(report);
            Path out = Path.of("target", "bench", "onething-client.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            simulator.reset();
        }
    }

    private Result run(List<OneThingCredentials> accounts, Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong next = new AtomicLong();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(CONCURRENCY);
        for (int worker = 0; worker < CONCURRENCY; worker++) {
            Thread thread = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    OneThingCredentials account = accounts.get((int) (next.getAndIncrement() % accounts.size()));
                    long start = System.nanoTime();
                    OneThingResult<?> result = gateway.devices(account).await().atMost(Duration.ofSeconds(30));
                    mine.add(System.nanoTime() - start);
                    (result.isOk() ? ok : failed).incrementAndGet();
                }
                latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
                done.countDown();
            }, "bench-" + worker);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(ok.get(), failed.get(), all);
    }

    private record Result(long ok, long failed, long[] sortedNanos) {
        double percentile(int percent) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1_000_000.0;
        }
    }
}
