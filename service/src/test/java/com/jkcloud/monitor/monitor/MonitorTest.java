package com.jkcloud.monitor.monitor;

import io.quarkus.mailer.reactive.ReactiveMailer;
import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedDevice;
import com.jkcloud.monitor.support.Mails;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.Passes;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.SmtpTestResource;
import com.jkcloud.monitor.support.TestUsers;
import com.jkcloud.monitor.support.UpstreamPasswordChange;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.support.TestDurations.PAST_CONFIRMATION;
import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class MonitorTest {

    @Inject
    PollStateRepository pollStates;
    @Inject
    PollRunner runner;
    @Inject
    Passes passes;
    @Inject
    OutboxSender sender;
    @Inject
    ReactiveMailer mailer;
    @Inject
    MutableClock clock;
    @Inject
    AccountRepository accounts;
    @Inject
    UpstreamPasswordChange passwordChange;
    @Inject
    PollSchedule schedule;

    @Test
    void anOfflineBoxIsConfirmedMailedOnceAndItsRecoveryMailed() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 2);
        SimulatedDevice box = upstream.devices().get(0);
        passes.pollAllAndSend();

        OneThingFixtures.simulator().setDeviceOffline(box.deviceSn());
        passes.pollAllAndSend();
        assertEquals(0, Alerts.of(user).size(), "seen once is not confirmed");
        assertEquals(0, Mails.to(user.username()).size());

        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        List<Map<String, Object>> alerts = Alerts.of(user);
        assertEquals(1, alerts.size());
        assertEquals("OFFLINE", alerts.get(0).get("type"));
        assertEquals(box.deviceSn(), alerts.get(0).get("deviceSn"));
        assertEquals(true, alerts.get(0).get("emailed"));
        List<MimeMessage> mails = Mails.deliveredTo(user.username(), 1, sender, clock);
        assertEquals(1, mails.size());
        assertTrue(Mails.body(mails.get(0)).contains(box.deviceSn()));

        passes.pollAllAndSend();
        assertEquals(1, Alerts.of(user).size(), "still offline: nothing new");
        assertEquals(1, Mails.to(user.username()).size());

        OneThingFixtures.simulator().setDeviceOnline(box.deviceSn());
        passes.pollAllAndSend();
        assertEquals("RECOVERED", Alerts.of(user).get(0).get("type"));
        assertEquals(2, Mails.deliveredTo(user.username(), 2, sender, clock).size());
    }

    @Test
    void aFlappingBoxDoesNotMail() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        String sn = upstream.devices().get(0).deviceSn();
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(sn);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOnline(sn);
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(0, Alerts.of(user).size());
        assertEquals(0, Mails.to(user.username()).size());
    }

    @Test
    void anExceptionIsMailedWithItsMessage() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        String sn = upstream.devices().get(0).deviceSn();
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceException(sn, "disk_error", "USB disk unreadable");
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals("EXCEPTION", Alerts.of(user).get(0).get("type"));
        assertEquals("USB disk unreadable", Alerts.of(user).get(0).get("message"));
        assertTrue(Mails.body(Mails.to(user.username()).get(0)).contains("USB disk unreadable"));
    }

    @Test
    void manyBoxesOfOneUserInOnePassMakeOneMail() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount first = OneThingFixtures.bindAllOnline(user.token(), 2);
        SimulatedAccount second = OneThingFixtures.bindAllOnline(user.token(), 2);
        passes.pollAllAndSend();
        for (SimulatedAccount account : List.of(first, second)) {
            account.devices().forEach(device -> OneThingFixtures.simulator().setDeviceOffline(device.deviceSn()));
        }
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(4, Alerts.of(user).size());
        List<MimeMessage> mails = Mails.to(user.username());
        assertEquals(1, mails.size(), "one mail for everything that changed in the pass");
        String body = Mails.body(mails.get(0));
        for (SimulatedAccount account : List.of(first, second)) {
            account.devices().forEach(device -> assertTrue(body.contains(device.deviceSn()), device.deviceSn()));
        }
    }

    @Test
    void quietHoursHoldMailsAndSendThemAsOneWhenTheyEnd() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 2);
        quietHoursForTheNextHour(user);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(upstream.devices().get(0).deviceSn());
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(upstream.devices().get(1).deviceSn());
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(2, Alerts.of(user).size());
        assertEquals(0, Mails.to(user.username()).size(), "held during quiet hours");

        clock.advance(Duration.ofHours(1));
        passes.composeAndSend();
        List<MimeMessage> mails = Mails.to(user.username());
        assertEquals(1, mails.size(), "sent as one when quiet hours end");
    }

    @Test
    void mailQueuedWhileSmtpIsDownIsDeliveredExactlyOnceWhenItIsBack() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(upstream.devices().get(0).deviceSn());
        passes.pollAllAndSend();
        SmtpTestResource.stopSmtp();
        try {
            clock.advance(PAST_CONFIRMATION);
            passes.pollAll();
            assertEquals(0, sender.sendDue().await().atMost(WAIT));
        } finally {
            SmtpTestResource.startSmtp();
            Mails.untilDeliverable(mailer);
        }
        assertEquals(false, Alerts.of(user).get(0).get("emailed"));
        clock.advance(Duration.ofMinutes(5));
        assertTrue(sender.sendDue().await().atMost(WAIT) >= 1);
        sender.sendDue().await().atMost(WAIT);
        assertEquals(1, Mails.to(user.username()).size());
        assertEquals(true, Alerts.of(user).get(0).get("emailed"));
    }

    @Test
    void twoReplicasPollEachDueAccountOnce() {
        TestUsers.SignedUp user = TestUsers.newUser();
        for (int account = 0; account < 6; account++) {
            OneThingFixtures.bindNew(user.token(), 1);
        }
        clock.advance(Duration.ofHours(2).plusMinutes(1)); // every account's slot has come
        long due = pollStates.count("nextPollAt <= ?1", clock.instant()).await().atMost(WAIT);
        assertTrue(due >= 6);

        var both = Uni.combine().all().unis(runner.runPass(false, "replica-a"), runner.runPass(false, "replica-b"))
                .asTuple().await().atMost(WAIT);
        assertEquals(due, both.getItem1().accounts() + both.getItem2().accounts(), "each due account polled once");
        var again = Uni.combine().all().unis(runner.runPass(false, "replica-a"), runner.runPass(false, "replica-b"))
                .asTuple().await().atMost(WAIT);
        assertEquals(0, again.getItem1().accounts() + again.getItem2().accounts(), "nothing is due twice in a period");
    }

    @Test
    void aBrokenAccountDoesNotStopTheOthersAndIsPausedWithAnAlert() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound broken = OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.Bound healthy = OneThingFixtures.bindNew(user.token(), 1);
        ObjectId brokenId = new ObjectId(broken.accountId());
        passwordChange.of(brokenId, broken.upstream().username());

        passes.pollAllAndSend();

        OneThingAccount pausedAccount = accounts.findById(brokenId).await().atMost(WAIT);
        assertEquals(AccountStatus.AUTH_FAILED, pausedAccount.status);
        assertNull(pollStates.findById(brokenId).await().atMost(WAIT).nextPollAt, "paused until the password is replaced");
        OneThingAccount working = accounts.findById(new ObjectId(healthy.accountId())).await().atMost(WAIT);
        assertEquals(AccountStatus.OK, working.status, "expired session re-logged in");
        assertTrue(Alerts.of(user).stream().anyMatch(alert -> "AUTH_FAILED".equals(alert.get("type"))));
        assertEquals(1, Mails.to(user.username()).size());

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("password", OneThingFixtures.UPSTREAM_PASSWORD))
                .patch("/api/v1/accounts/" + broken.accountId())
                .then().statusCode(200).body("data.status", equalTo("OK"));
    }

    @Test
    void aBoundAccountWaitsForItsOwnSlotAndANewPasswordIsPolledAtTheNextPass() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        ObjectId accountId = new ObjectId(bound.accountId());
        clock.freeze(clock.instant());
        OneThingAccount stored = accounts.findById(accountId).await().atMost(WAIT);
        Instant storedNextPoll = pollStates.findById(accountId).await().atMost(WAIT).nextPollAt;
        assertEquals(schedule.nextSlotAfter(accountId, stored.createdAt), storedNextPoll, "first poll at its slot");
        assertTrue(storedNextPoll.isAfter(stored.createdAt), "the bind's own refresh counts as this slot's poll");
        assertEquals(storedNextPoll.toEpochMilli(), given().auth().oauth2(user.token())
                .get("/api/v1/accounts/" + bound.accountId()).then().statusCode(200)
                .extract().jsonPath().getLong("data.nextPollAt"));

        runner.runPass(false).await().atMost(WAIT);
        assertEquals(stored.lastPolledAt, accounts.findById(accountId).await().atMost(WAIT).lastPolledAt,
                "not due before its slot");

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("password", OneThingFixtures.UPSTREAM_PASSWORD))
                .patch("/api/v1/accounts/" + bound.accountId()).then().statusCode(200);
        clock.advance(Duration.ofSeconds(1));
        runner.runPass(false).await().atMost(WAIT);
        OneThingAccount polled = accounts.findById(accountId).await().atMost(WAIT);
        assertTrue(polled.lastPolledAt.isAfter(stored.lastPolledAt), "a replaced password is polled at the next pass");
        assertEquals(schedule.nextSlotAfter(accountId, polled.lastPolledAt), pollStates.findById(accountId).await().atMost(WAIT).nextPollAt,
                "then back on its slot");
    }

    @Test
    void anAccountUnboundWhileItsAlertIsHeldIsNotMailedAbout() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount kept = OneThingFixtures.bindAllOnline(user.token(), 1);
        SimulatedAccount removed = OneThingFixtures.phoneAccount(1);
        removed.devices().forEach(device -> OneThingFixtures.simulator().setDeviceOnline(device.deviceSn()));
        OneThingFixtures.Bound removedBinding = OneThingFixtures.bind(user.token(), removed, "Removed rack");
        quietHoursForTheNextHour(user);
        passes.pollAllAndSend();
        String keptSn = kept.devices().get(0).deviceSn();
        String removedSn = removed.devices().get(0).deviceSn();
        OneThingFixtures.simulator().setDeviceOffline(keptSn);
        OneThingFixtures.simulator().setDeviceOffline(removedSn);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(2, Alerts.of(user).size(), "both confirmed, held by quiet hours");

        given().auth().oauth2(user.token()).delete("/api/v1/accounts/" + removedBinding.accountId())
                .then().statusCode(200);
        clock.advance(Duration.ofHours(1));
        passes.composeAndSend();
        List<MimeMessage> mails = Mails.to(user.username());
        assertEquals(1, mails.size());
        assertTrue(Mails.body(mails.get(0)).contains(keptSn));
        assertTrue(!Mails.body(mails.get(0)).contains(removedSn), "nothing about the account just removed");
    }

    @Test
    void operatorsCanRunAPassNow() {
        given().auth().oauth2(TestUsers.admin().token()).post("/api/v1/admin/poll?all=true")
                .then().statusCode(200)
                .body("data.accounts", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                .body("data.durationMs", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(TestUsers.newUser().token()).post("/api/v1/admin/poll").then().statusCode(403);
        given().post("/api/v1/admin/poll").then().statusCode(401);
    }

    /** Quiet hours from an hour ago (China time) to an hour from now: mail is held until the clock moves an hour on. */
    private void quietHoursForTheNextHour(TestUsers.SignedUp user) {
        LocalTime chinaNow = LocalTime.now(clock.withZone(ChinaTime.ZONE));
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("notifications", Map.of("quietHours", Map.of(
                        "start", chinaNow.minusHours(1).format(hhmm), "end", chinaNow.plusHours(1).format(hhmm)))))
                .patch("/api/v1/me").then().statusCode(200);
    }
}
