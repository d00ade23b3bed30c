package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedDevice;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.support.TestDurations.PAST_CONFIRMATION;
import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts stored before the monitor kept its own schedule keep their schedule, and lose the old fields. */
@QuarkusTest
@ResetsSimulatorAndClock
class PollStateMigrationTest {

    @Inject
    PollStateMigration migration;
    @Inject
    PollStateRepository pollStates;
    @Inject
    AccountRepository accounts;
    @Inject
    PollRunner runner;
    @Inject
    DeviceAlertStateMigration alertMigration;
    @Inject
    DeviceRepository devices;
    @Inject
    MutableClock clock;

    @Test
    void anOldAccountKeepsItsScheduleIsPolledWhenDueAndTheOldFieldsGo() {
        TestUsers.SignedUp user = TestUsers.newUser();
        ObjectId oldStyle = new ObjectId(OneThingFixtures.bindNew(user.token(), 1).accountId());
        ObjectId paused = new ObjectId(OneThingFixtures.bindNew(user.token(), 1).accountId());
        Instant due = clock.instant().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        storedTheOldWay(oldStyle, due, 3);
        storedTheOldWay(paused, null, 1);

        assertTrue(migration.migrate().await().atMost(WAIT) >= 2);

        PollState moved = pollStates.findById(oldStyle).await().atMost(WAIT);
        assertEquals(due, moved.nextPollAt);
        assertEquals(3, moved.consecutiveFailures);
        assertNull(pollStates.findById(paused).await().atMost(WAIT).nextPollAt, "a paused account stays paused");
        Document raw = rawAccount(oldStyle);
        for (String field : new String[] {"nextPollAt", "leaseOwner", "leaseUntil", "consecutiveFailures"}) {
            assertFalse(raw.containsKey(field), field + " left on the account");
        }
        assertEquals(due.toEpochMilli(), given().auth().oauth2(user.token()).get("/api/v1/accounts/" + oldStyle)
                .then().statusCode(200).extract().jsonPath().getLong("data.nextPollAt"));

        assertEquals(0, migration.migrate().await().atMost(WAIT), "a second run finds nothing to move");
        Instant lastPolled = accounts.findById(oldStyle).await().atMost(WAIT).lastPolledAt;
        clock.advance(Duration.ofSeconds(1));
        runner.runPass(false).await().atMost(WAIT);
        assertTrue(accounts.findById(oldStyle).await().atMost(WAIT).lastPolledAt.isAfter(lastPolled), "due, so polled");
        PollState after = pollStates.findById(oldStyle).await().atMost(WAIT);
        assertEquals(0, after.consecutiveFailures, "a good poll forgets the failures");
        assertTrue(after.nextPollAt.isAfter(clock.instant()));
    }

    @Test
    void aStateTheMonitorAlreadyHasWinsOverOldFields() {
        TestUsers.SignedUp user = TestUsers.newUser();
        ObjectId accountId = new ObjectId(OneThingFixtures.bindNew(user.token(), 1).accountId());
        Instant scheduled = pollStates.findById(accountId).await().atMost(WAIT).nextPollAt;
        accounts.mongoCollection().updateOne(new Document("_id", accountId), Updates.combine(
                Updates.set("nextPollAt", Date.from(clock.instant().minusSeconds(3600))),
                Updates.set("consecutiveFailures", 5))).await().atMost(WAIT);

        migration.migrate().await().atMost(WAIT);

        PollState kept = pollStates.findById(accountId).await().atMost(WAIT);
        assertEquals(scheduled, kept.nextPollAt);
        assertEquals(0, kept.consecutiveFailures);
        assertFalse(rawAccount(accountId).containsKey("nextPollAt"));
    }

    @Test
    void aBoxAwaitingConfirmationBeforeTheMoveIsConfirmedByTheNextPoll() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        SimulatedDevice box = upstream.devices().get(0);
        OneThingFixtures.simulator().setDeviceOnline(box.deviceSn());
        OneThingFixtures.Bound bound = OneThingFixtures.bind(user.token(), upstream, "Old rack");
        OneThingFixtures.simulator().setDeviceOffline(box.deviceSn());
        // as an earlier version left it: told "online", offline seen 11 minutes ago, not yet confirmed
        devices.mongoCollection().updateMany(new Document("accountId", new ObjectId(bound.accountId())), Updates.combine(
                Updates.set("alertedStatus", "ONLINE"), Updates.set("pendingStatus", "OFFLINE"),
                Updates.set("pendingSince", Date.from(clock.instant().minus(PAST_CONFIRMATION))))).await().atMost(WAIT);

        assertTrue(alertMigration.migrate().await().atMost(WAIT) >= 1);
        assertEquals(0, alertMigration.migrate().await().atMost(WAIT), "a second run finds nothing to move");
        runner.runPass(true).await().atMost(WAIT);

        List<Map<String, Object>> alerts = given().auth().oauth2(user.token()).get("/api/v1/alerts").then().statusCode(200)
                .extract().jsonPath().getList("data");
        assertTrue(alerts.stream().anyMatch(alert -> "OFFLINE".equals(alert.get("type"))), "confirmed: " + alerts);
        Document raw = devices.mongoCollection().withDocumentClass(Document.class)
                .find(new Document("accountId", new ObjectId(bound.accountId()))).collect().first().await().atMost(WAIT);
        assertFalse(raw.containsKey("alertedStatus") || raw.containsKey("pendingStatus"), "old fields left on " + raw);
    }

    /** The account as an earlier version stored it: schedule and lease on the account, no poll state. */
    private void storedTheOldWay(ObjectId accountId, Instant nextPollAt, int failures) {
        var fields = Updates.combine(
                nextPollAt == null ? Updates.unset("nextPollAt") : Updates.set("nextPollAt", Date.from(nextPollAt)),
                Updates.set("consecutiveFailures", failures),
                Updates.set("leaseOwner", "replica-gone"),
                Updates.set("leaseUntil", Date.from(clock.instant().minusSeconds(600))));
        accounts.mongoCollection().updateOne(new Document("_id", accountId), fields).await().atMost(WAIT);
        pollStates.deleteOf(accountId).await().atMost(WAIT);
    }

    private Document rawAccount(ObjectId accountId) {
        return accounts.mongoCollection().withDocumentClass(Document.class).find(new Document("_id", accountId))
                .collect().first().await().atMost(WAIT);
    }
}
