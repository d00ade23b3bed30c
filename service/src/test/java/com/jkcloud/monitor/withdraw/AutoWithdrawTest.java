package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.support.Mails;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Automatic withdrawals across slots: the test moves the shared clock to a slot and calls the tick that the
 * scheduler would call every minute (the schedule itself is off in tests).
 */
@QuarkusTest
@ResetsSimulatorAndClock
class AutoWithdrawTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    /** 2026-06-10 11:00 China time: an hour after the test clock's start. */
    private static final Instant ELEVEN_TODAY = Instant.parse("2026-06-10T03:00:00Z");

    @Inject
    AutoWithdrawRunner runner;

    @Inject
    WithdrawalRepository withdrawals;

    @Inject
    AutoWithdrawConfig config;

    @Inject
    OutboxSender outbox;

    @Inject
    MutableClock clock;

    private final List<String> tokensWithRules = new ArrayList<>();

    @AfterEach
    void resetWorld() {
        // A rule left on would be due whenever a later test moves the clock.
        tokensWithRules.forEach(token -> putRule(token, Map.of("enabled", false, "schedule", "DAILY", "hour", 9)));
        tokensWithRules.clear();
    }

    @Test
    void aSlotRunsOnceAndTheRuleShowsItsNextRunAndLastRun() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound first = OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.Bound second = OneThingFixtures.bindNew(user.token(), 2);
        JsonPath rule = rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11, "minAmount", 0));
        assertEquals(ELEVEN_TODAY.toEpochMilli(), rule.getLong("data.nextRunAt"));
        assertNull(rule.get("data.lastRun"));

        tick();
        assertEquals(0, first.upstream().drawCount(), "nothing before the slot");

        clock.set(ELEVEN_TODAY.plusSeconds(20));
        tick();
        tick();
        assertEquals(1, first.upstream().drawCount());
        assertEquals(1, second.upstream().drawCount());

        JsonPath shown = given().auth().oauth2(user.token()).get("/api/v1/withdrawals/auto").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(ELEVEN_TODAY.plus(Duration.ofDays(1)).toEpochMilli(), shown.getLong("data.nextRunAt"));
        assertEquals("AUTO", shown.getString("data.lastRun.trigger"));
        assertEquals(List.of("DONE", "DONE"), shown.getList("data.lastRun.results.status"));
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().statusCode(200)
                .body("data.size()", equalTo(1)).body("data[0].trigger", equalTo("AUTO"));

        // the next day's slot is a new run
        clock.set(ELEVEN_TODAY.plus(Duration.ofDays(1)).plusSeconds(5));
        tick();
        assertEquals(2, first.upstream().drawCount());
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().body("data.size()", equalTo(2));
    }

    @Test
    void accountsAreDrawnOneAtATimeThePauseApart() {
        TestUsers.SignedUp user = TestUsers.newUser();
        List<OneThingFixtures.Bound> bound = IntStream.range(0, 3).mapToObj(index -> OneThingFixtures.bindNew(user.token(), 1)).toList();
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11));

        clock.set(ELEVEN_TODAY.plusSeconds(1));
        tick();

        List<Instant> draws = bound.stream().flatMap(account -> account.upstream().drawTimes().stream()).sorted().toList();
        assertEquals(3, draws.size());
        for (int index = 1; index < draws.size(); index++) {
            Duration gap = Duration.between(draws.get(index - 1), draws.get(index));
            assertTrue(gap.compareTo(config.pause()) >= 0, "draws " + gap.toMillis() + " ms apart, less than the pause");
        }
    }

    @Test
    void replicasRacingForASlotRunItOnce() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound first = OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.Bound second = OneThingFixtures.bindNew(user.token(), 1);
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11));
        clock.set(ELEVEN_TODAY.plusSeconds(1));

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> replicas = IntStream.range(0, 8).mapToObj(replica -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return runner.tick().await().atMost(WAIT);
        })).toList();
        start.countDown();
        replicas.forEach(CompletableFuture::join);

        assertEquals(1, first.upstream().drawCount());
        assertEquals(1, second.upstream().drawCount());
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().body("data.size()", equalTo(1));
    }

    @Test
    void aRunWhoseReplicaDiedIsFinishedByAnotherWithoutDrawingAnAccountTwice() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        List<OneThingFixtures.Bound> bound = IntStream.range(0, 3).mapToObj(index -> OneThingFixtures.bindNew(user.token(), 1)).toList();
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11));
        clock.set(ELEVEN_TODAY.plusSeconds(1));

        // the first replica stops (its subscription is cancelled) once it has drawn an account
        Cancellable dying = runner.tick().subscribe().with(ran -> { }, failure -> { });
        ObjectId ownerId = new ObjectId(user.id());
        Withdrawal running = awaitSettled(ownerId, 1);
        dying.cancel();
        assertEquals(Withdrawal.State.IN_PROGRESS, running.state);

        // another replica's tick before the lease expired leaves it alone
        tick();
        assertEquals(Withdrawal.State.IN_PROGRESS, withdrawals.findById(running.id).await().atMost(WAIT).state);

        clock.advance(Duration.ofMinutes(6));
        tick();

        Withdrawal finished = withdrawals.findById(running.id).await().atMost(WAIT);
        assertEquals(Withdrawal.State.COMPLETED, finished.state);
        assertEquals(3, finished.results.size());
        finished.results.forEach(result -> assertEquals(Withdrawal.Outcome.DONE, result.status, result.message));
        bound.forEach(account -> assertEquals(1, account.upstream().drawCount(), "each account drawn exactly once"));
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().body("data.size()", equalTo(1));
    }

    @Test
    void aMissedSlotRunsOnceOnReturnTheSameDayAndNeverOnALaterDay() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound account = OneThingFixtures.bindNew(user.token(), 1);
        // 09:00 China time; it is 10:00 now, so the first slot is tomorrow's
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 9));
        Instant tomorrowNine = Instant.parse("2026-06-11T01:00:00Z");

        // every replica was down from before 09:00 until 13:00 the same day: the slot runs once, on return
        clock.set(Instant.parse("2026-06-11T05:00:00Z"));
        tick();
        tick();
        assertEquals(1, account.upstream().drawCount());

        // down for the whole of the 12th: on the 13th, before its own slot, the 12th's slot is not run
        clock.set(Instant.parse("2026-06-13T00:30:00Z"));
        tick();
        assertEquals(1, account.upstream().drawCount());
        assertEquals(tomorrowNine.plus(Duration.ofDays(2)).toEpochMilli(),
                given().auth().oauth2(user.token()).get("/api/v1/withdrawals/auto").then().extract().jsonPath()
                        .getLong("data.nextRunAt"));

        clock.set(Instant.parse("2026-06-13T01:00:10Z"));
        tick();
        assertEquals(2, account.upstream().drawCount());
        List<String> keys = withdrawals.list("ownerId", new ObjectId(user.id())).await().atMost(WAIT).stream()
                .map(withdrawal -> withdrawal.idempotencyKey).sorted().toList();
        assertEquals(List.of("auto slot 2026-06-11T01:00:00Z", "auto slot 2026-06-13T01:00:00Z"), keys);
    }

    @Test
    void theNoticeNamesEveryAccountAndWhyOneFailed() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound paying = OneThingFixtures.bind(user.token(), OneThingFixtures.phoneAccount(1), "paying");
        OneThingFixtures.Bound refusing = OneThingFixtures.bind(user.token(), OneThingFixtures.phoneAccount(1), "refusing");
        OneThingFixtures.simulator().failWithdrawals(refusing.upstream().username(), "提现失败：账户异常");
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11));

        clock.set(ELEVEN_TODAY.plusSeconds(1));
        tick();
        outbox.sendDue().await().atMost(WAIT);

        List<MimeMessage> mails = Mails.to(user.username());
        assertEquals(1, mails.size());
        assertTrue(Mails.subject(mails.get(0)).contains("1 个账号失败"), Mails.subject(mails.get(0)));
        String body = ((jakarta.mail.Multipart) mails.get(0).getContent()).getBodyPart(0).getContent().toString();
        assertTrue(body.contains("paying: 已提现"), body);
        assertTrue(body.contains("refusing: 失败"), body);
        assertTrue(body.contains("提现失败：账户异常"), body);
        assertEquals(1, refusing.upstream().drawRequests(), "a refusal is not sent again");
        assertEquals(1, paying.upstream().drawCount());
    }

    @Test
    void aMinimumAChosenSetAndAGroupSelectTheAccounts() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound chosen = OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.Bound other = OneThingFixtures.bindNew(user.token(), 1);
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11, "accountIds", List.of(chosen.accountId())));
        clock.set(ELEVEN_TODAY.plusSeconds(1));
        tick();
        assertEquals(1, chosen.upstream().drawCount());
        assertEquals(0, other.upstream().drawCount());

        // a minimum above what is there draws nothing, and says why (next day's slot: a slot runs only once)
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11, "minAmount", 1_000_000_000));
        clock.set(ELEVEN_TODAY.plus(Duration.ofDays(1)).plusSeconds(1));
        tick();
        assertEquals(0, other.upstream().drawCount());
        JsonPath lastRun = given().auth().oauth2(user.token()).get("/api/v1/withdrawals/auto").then().extract().jsonPath();
        assertEquals(List.of("SKIPPED", "SKIPPED"), lastRun.getList("data.lastRun.results.status"));

        assertTrue(lastRun.getString("data.lastRun.results[0].message").contains("最低金额"));

        // a group that none of the accounts is in selects none
        rule(user.token(), Map.of("enabled", true, "schedule", "DAILY", "hour", 11, "groupId", new ObjectId().toHexString()));
        clock.set(ELEVEN_TODAY.plus(Duration.ofDays(2)).plusSeconds(1));
        tick();
        assertEquals(0, other.upstream().drawCount());
    }

    @Test
    void weeklyRulesRunOnTheirDay() {
        TestUsers.SignedUp user = TestUsers.newUser();
        // 2026-06-10 is a Wednesday; Friday 08:00 China time is 2026-06-12T00:00Z
        JsonPath rule = rule(user.token(), Map.of("enabled", true, "schedule", "WEEKLY", "dayOfWeek", 5, "hour", 8));
        assertEquals(Instant.parse("2026-06-12T00:00:00Z").toEpochMilli(), rule.getLong("data.nextRunAt"));
        assertEquals(5, rule.getInt("data.dayOfWeek"));
    }

    @Test
    void badRulesAreRefusedWithTheField() {
        TestUsers.SignedUp user = TestUsers.newUser();
        refused(user.token(), Map.of("schedule", "DAILY", "hour", 24), "hour");
        refused(user.token(), Map.of("schedule", "DAILY"), "hour");
        refused(user.token(), Map.of("schedule", "MONTHLY", "hour", 3), "schedule");
        refused(user.token(), Map.of("schedule", "WEEKLY", "hour", 3), "dayOfWeek");
        refused(user.token(), Map.of("schedule", "WEEKLY", "hour", 3, "dayOfWeek", 8), "dayOfWeek");
        refused(user.token(), Map.of("schedule", "DAILY", "hour", 3, "minAmount", -1), "minAmount");
        refused(user.token(), Map.of("schedule", "DAILY", "hour", 3, "groupId", "not-an-id"), "groupId");
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body("{\"schedule\":")
                .put("/api/v1/withdrawals/auto").then().statusCode(400).body("error", equalTo("MALFORMED_JSON"));
        // someone else's account
        TestUsers.SignedUp stranger = TestUsers.newUser();
        String theirs = OneThingFixtures.bindNew(stranger.token(), 1).accountId();
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("schedule", "DAILY", "hour", 3, "accountIds", List.of(theirs)))
                .put("/api/v1/withdrawals/auto").then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals/auto").then().statusCode(200)
                .body("data.enabled", equalTo(false)).body("data.nextRunAt", nullValue());
    }

    private void refused(String token, Map<String, Object> body, String field) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put("/api/v1/withdrawals/auto")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED")).body("details.field", hasItem(field));
    }

    private JsonPath rule(String token, Map<String, Object> body) {
        tokensWithRules.add(token);
        return putRule(token, body);
    }

    private static JsonPath putRule(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(new HashMap<>(body))
                .put("/api/v1/withdrawals/auto").then().statusCode(200).extract().jsonPath();
    }

    private void tick() {
        runner.tick().await().atMost(WAIT);
    }

    /** Polls the store until the user's automatic withdrawal has settled {@code count} accounts. */
    private Withdrawal awaitSettled(ObjectId ownerId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Withdrawal found = withdrawals.find("ownerId = ?1 and trigger = ?2", ownerId, "AUTO").firstResult()
                    .await().atMost(WAIT);
            if (found != null && found.settled.size() >= count) {
                return found;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the automatic withdrawal never settled " + count + " account(s)");
    }
}
