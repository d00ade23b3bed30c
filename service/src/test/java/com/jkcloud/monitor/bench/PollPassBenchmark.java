package com.jkcloud.monitor.bench;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountSecrets;
import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.monitor.PassSummary;
import com.jkcloud.monitor.monitor.PollRunner;
import com.jkcloud.monitor.monitor.PollState;
import com.jkcloud.monitor.monitor.PollStateRepository;
import com.jkcloud.monitor.onething.LoginType;
import com.jkcloud.monitor.onething.OneThingPasswords;
import com.jkcloud.monitor.simulator.OneThingSimulator;
import com.jkcloud.monitor.support.OneThingSimulatorResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a unit test (its name keeps it out of {@code mvn verify}); run it with {@code bench/poll-pass.sh}.
 * Seeds N accounts (2 devices each) in the simulator answering after 100 ms, stores them as bound
 * accounts, and times one full poll pass: accounts/s, upstream calls/s, heap and RSS.
 */
@QuarkusTest
class PollPassBenchmark {

    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 10_000);
    private static final Duration LATENCY = Duration.ofMillis(Long.getLong("bench.latency-ms", 100));

    @Inject
    PollRunner runner;
    @Inject
    AccountRepository accounts;
    @Inject
    AccountSecrets secrets;
    @Inject
    PollStateRepository pollStates;
    @Inject
    Clock clock;

    @Test
    void oneFullPass() throws Exception {
        OneThingSimulator simulator = OneThingSimulatorResource.simulator();
        String pwd = OneThingPasswords.derivePwd("bench-password");
        ObjectId owner = new ObjectId();
        List<OneThingAccount> batch = new ArrayList<>();
        for (int index = 0; index < ACCOUNTS; index++) {
            String username = String.format("177%08d", index);
            simulator.addAccount(username, "bench-password", 2);
            batch.add(account(owner, username, pwd));
            if (batch.size() == 1000) {
                store(batch);
                batch.clear();
            }
        }
        store(batch);
        simulator.setLatency(LATENCY);
        String before = memory();

        String firstPass = pass(simulator, "first pass (imports ~2 months of daily incomes per account)");
        String afterFirst = memory();
        String steadyPass = pass(simulator, "next pass (steady state: sessions kept, one new day at most)");

        String report = String.format(
                "Poll pass benchmark: %d accounts x 2 devices, simulator latency %d ms%n%s%s"
                        + "memory before: %s%nmemory after the first pass: %s%nmemory after the next pass:  %s%n",
                ACCOUNTS, LATENCY.toMillis(), firstPass, steadyPass, before, afterFirst, memory());
        System.out.println(report);
        Path out = Path.of("target", "bench", "poll-pass.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String pass(OneThingSimulator simulator, String label) {
        long requestsBefore = simulator.requestCount();
        long started = System.nanoTime();
        PassSummary summary = runner.runPass(true).await().atMost(Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - started) / 1e9;
        long upstreamCalls = simulator.requestCount() - requestsBefore;
        return String.format("%s: %d polled, %d ok, %d failed in %.1f s = %.1f accounts/s, %.1f upstream calls/s (%d calls)%n",
                label, summary.accounts(), summary.ok(), summary.failed(), seconds, summary.accounts() / seconds,
                upstreamCalls / seconds, upstreamCalls);
    }

    private OneThingAccount account(ObjectId owner, String username, String pwd) {
        Instant now = clock.instant();
        OneThingAccount account = new OneThingAccount();
        account.id = new ObjectId();
        account.ownerId = owner;
        account.username = username;
        account.loginType = LoginType.PHONE;
        account.encryptedPwd = secrets.seal(username, pwd);
        account.status = AccountStatus.OK;
        account.createdAt = now.minusSeconds(60);
        account.updatedAt = account.createdAt;
        account.lastPolledAt = account.createdAt;
        return account;
    }

    /** Stores the accounts as bound and due now. */
    private void store(List<OneThingAccount> batch) {
        accounts.persist(batch).await().indefinitely();
        pollStates.insertMissing(batch.stream().map(account -> {
            PollState state = new PollState();
            state.id = account.id;
            state.lastPolledAt = account.lastPolledAt;
            state.nextPollAt = clock.instant();
            return state;
        }).toList()).await().indefinitely();
    }

    private static String memory() throws Exception {
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        return "heap used " + heapMb + " MB (after GC), " + rss;
    }
}
