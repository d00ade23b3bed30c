package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Leases in their own collection: several replicas share a pass, and a dead replica's accounts are taken over. */
@QuarkusTest
@ResetsSimulatorAndClock
class PollLeasesTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @Inject
    PollRunner runner;
    @Inject
    PollStateRepository pollStates;
    @Inject
    PollLeaseRepository pollLeases;
    @Inject
    AccountRepository accounts;
    @Inject
    MonitorConfig config;
    @Inject
    MutableClock clock;

    @Test
    void fourReplicasAtOncePollEachDueAccountExactlyOnce() {
        TestUsers.SignedUp user = TestUsers.newUser();
        List<ObjectId> mine = IntStream.range(0, 12)
                .mapToObj(index -> new ObjectId(OneThingFixtures.bindNew(user.token(), 1).accountId())).toList();
        clock.advance(Duration.ofHours(2).plusMinutes(1)); // every account's slot has come
        clock.freeze(clock.instant());
        long due = pollStates.count("nextPollAt <= ?1", clock.instant()).await().atMost(WAIT);
        assertTrue(due >= mine.size());

        List<PassSummary> passes = Multi.createFrom().range(0, 4)
                .onItem().transformToUniAndMerge(replica -> runner.runPass(false, "replica-" + replica))
                .collect().asList().await().atMost(WAIT);

        assertEquals(due, passes.stream().mapToInt(PassSummary::accounts).sum(), "each due account polled once: " + passes);
        for (ObjectId accountId : mine) {
            assertEquals(clock.instant().truncatedTo(ChronoUnit.MILLIS), accounts.findById(accountId).await().atMost(WAIT).lastPolledAt);
        }
        assertEquals(0, pollLeases.count().await().atMost(WAIT), "every lease given back");
        assertEquals(0, runner.runPass(false, "replica-0").await().atMost(WAIT).accounts(), "nothing is due twice");
    }

    @Test
    void anAccountHeldByADeadReplicaIsPolledOnceItsLeaseRunsOut() {
        TestUsers.SignedUp user = TestUsers.newUser();
        ObjectId accountId = new ObjectId(OneThingFixtures.bindNew(user.token(), 1).accountId());
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        Instant now = clock.instant();
        assertEquals(1, pollLeases.take(List.of(accountId), "replica-dead", now.plus(config.lease()), now)
                .await().atMost(WAIT).size());
        Instant polledBefore = accounts.findById(accountId).await().atMost(WAIT).lastPolledAt;

        runner.runPass(false, "replica-alive").await().atMost(WAIT);
        assertEquals(polledBefore, accounts.findById(accountId).await().atMost(WAIT).lastPolledAt, "held: not polled");
        assertTrue(pollLeases.take(List.of(accountId), "replica-other", now.plus(config.lease()), clock.instant())
                .await().atMost(WAIT).isEmpty(), "a held lease cannot be taken twice");

        clock.advance(config.lease().plusSeconds(1));
        runner.runPass(false, "replica-alive").await().atMost(WAIT);
        assertTrue(accounts.findById(accountId).await().atMost(WAIT).lastPolledAt.isAfter(polledBefore), "taken over");
        assertTrue(pollStates.findById(accountId).await().atMost(WAIT).nextPollAt.isAfter(clock.instant()));
    }
}
