package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.monitor.mail.AlertMailComposer;
import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedDevice;
import com.jkcloud.monitor.support.Mails;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.Passes;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import com.jkcloud.monitor.support.UpstreamPasswordChange;
import io.quarkus.test.junit.QuarkusTest;
import com.jkcloud.monitor.notify.ProviderStub;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.support.TestDurations.PAST_CONFIRMATION;
import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Silences, downtimes, inhibition and reminders: real passes against the simulator, real mail through GreenMail. */
@QuarkusTest
@ResetsSimulatorAndClock
class AlertPolicyTest {

    private static final String SILENCES = "/api/v1/silences";

    @Inject
    Passes passes;
    @Inject
    AlertMailComposer composer;
    @Inject
    OutboxSender sender;
    @Inject
    MutableClock clock;
    @Inject
    AccountRepository accounts;
    @Inject
    UpstreamPasswordChange passwordChange;

    @Test
    void aSilenceIsValidatedAndOnlyTheCallersOwn() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        TestUsers.SignedUp stranger = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(owner.token(), 1);
        long now = clock.millis();

        silence(owner, Map.of()).then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"))
                .body("details.field", hasItem("until"));
        silence(owner, Map.of("until", now - 1000)).then().statusCode(400).body("details.field", hasItem("until"));
        silence(owner, Map.of("until", now + Duration.ofDays(31).toMillis())).then().statusCode(400)
                .body("details.field", hasItem("until"));
        silence(owner, Map.of("until", "tomorrow")).then().statusCode(400);
        silence(owner, Map.of("until", now + 3_600_000, "accountId", "not-an-id")).then().statusCode(400)
                .body("details.field", hasItem("accountId"));
        silence(stranger, Map.of("until", now + 3_600_000, "accountId", bound.accountId())).then().statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        silence(owner, Map.of("until", now + 3_600_000, "deviceSn", "NO-SUCH-BOX")).then().statusCode(404);
        given().auth().oauth2(owner.token()).contentType(ContentType.JSON).body("{\"until\":")
                .post(SILENCES).then().statusCode(400).body("error", equalTo("MALFORMED_JSON"));

        String sn = bound.upstream().devices().get(0).deviceSn();
        Response created = silence(owner, Map.of("until", now + Duration.ofDays(30).toMillis() - 60_000,
                "accountId", bound.accountId(), "deviceSn", sn, "reason", "moving the rack"));
        created.then().statusCode(201).body("data.deviceSn", equalTo(sn)).body("data.accountId", equalTo(bound.accountId()))
                .body("data.reason", equalTo("moving the rack"));
        String id = created.jsonPath().getString("data.id");
        assertEquals(List.of(id), silences(owner));
        assertEquals(List.of(), silences(stranger));
        given().auth().oauth2(stranger.token()).delete(SILENCES + "/" + id).then().statusCode(404);
        given().auth().oauth2(owner.token()).delete(SILENCES + "/nonsense").then().statusCode(404);
        given().auth().oauth2(owner.token()).delete(SILENCES + "/" + id).then().statusCode(200);
        assertEquals(List.of(), silences(owner), "an ended silence is no longer listed");
        given().auth().oauth2(owner.token()).delete(SILENCES + "/" + id).then().statusCode(404);
    }

    @Test
    void aSilencedBoxIsRecordedSuppressedAndNotifiedOnceWhenTheSilenceEnds() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 2);
        String quiet = upstream.devices().get(0).deviceSn();
        String loud = upstream.devices().get(1).deviceSn();
        String hook = webhookOf(user);
        passes.pollAllAndSend();
        silence(user, Map.of("until", clock.millis() + Duration.ofHours(1).toMillis(), "deviceSn", quiet))
                .then().statusCode(201);

        goOfflineAndConfirm(quiet, loud);

        Map<String, Object> silenced = latestAlertOf(user, quiet);
        assertEquals("OFFLINE", silenced.get("type"));
        assertEquals(true, silenced.get("suppressed"));
        assertEquals(false, latestAlertOf(user, loud).get("suppressed"));
        List<JsonPath> sent = deliveries(hook);
        assertEquals(1, sent.size());
        assertEquals(List.of(loud), sent.get(0).getList("items.deviceSn"), "a silenced box is not sent");

        clock.advance(Duration.ofHours(1));
        passes.pollAllAndSend();
        sent = deliveries(hook);
        assertEquals(2, sent.size(), "the silence ended with the box still down: one notification then");
        assertEquals(List.of(quiet), sent.get(1).getList("items.deviceSn"));

        passes.pollAllAndSend();
        clock.advance(Duration.ofMinutes(30));
        passes.pollAllAndSend();
        assertEquals(2, deliveries(hook).size(), "and only once");
    }

    @Test
    void endingASilenceEarlyNotifiesWhatIsStillDownAndNothingThatCameBack() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 2);
        String stillDown = upstream.devices().get(0).deviceSn();
        String back = upstream.devices().get(1).deviceSn();
        String hook = webhookOf(user);
        passes.pollAllAndSend();
        String id = silence(user, Map.of("until", clock.millis() + Duration.ofDays(2).toMillis()))
                .then().statusCode(201).extract().path("data.id");

        goOfflineAndConfirm(stillDown, back);
        OneThingFixtures.simulator().setDeviceOnline(back);
        passes.pollAllAndSend();
        assertEquals("RECOVERED", latestAlertOf(user, back).get("type"));
        assertEquals(true, latestAlertOf(user, back).get("suppressed"));
        assertEquals(0, deliveries(hook).size(), "everything of the user is silenced");

        given().auth().oauth2(user.token()).delete(SILENCES + "/" + id).then().statusCode(200);
        passes.composeAndSend();
        List<JsonPath> sent = deliveries(hook);
        assertEquals(1, sent.size());
        assertEquals(List.of(stillDown), sent.get(0).getList("items.deviceSn"),
                "a box that came back meanwhile is not news");

        passes.pollAllAndSend();
        assertEquals(1, deliveries(hook).size());
    }

    @Test
    void aGroupSilenceCoversTheGroupsAccountsOnly() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount grouped = OneThingFixtures.bindAllOnline(user.token(), 1);
        SimulatedAccount ungrouped = OneThingFixtures.bindAllOnline(user.token(), 1);
        String hook = webhookOf(user);
        ObjectId groupId = new ObjectId();
        String groupedAccountId = accountIdOf(user, grouped);
        accounts.setFields(new ObjectId(groupedAccountId), Map.of("groupId", groupId)).await().atMost(WAIT);
        passes.pollAllAndSend();
        silence(user, Map.of("until", clock.millis() + Duration.ofHours(3).toMillis(), "groupId", groupId.toHexString()))
                .then().statusCode(201).body("data.groupId", equalTo(groupId.toHexString()));

        String groupedSn = grouped.devices().get(0).deviceSn();
        String ungroupedSn = ungrouped.devices().get(0).deviceSn();
        goOfflineAndConfirm(groupedSn, ungroupedSn);

        assertEquals(true, latestAlertOf(user, groupedSn).get("suppressed"));
        assertEquals(false, latestAlertOf(user, ungroupedSn).get("suppressed"));
        List<JsonPath> sent = deliveries(hook);
        assertEquals(1, sent.size());
        assertEquals(List.of(ungroupedSn), sent.get(0).getList("items.deviceSn"));
    }

    @Test
    void aRecoverySaysHowLongTheBoxWasDown() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        SimulatedDevice box = upstream.devices().get(0);
        patchNotifications(user, mapOf("language", "en")).then().statusCode(200);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(box.deviceSn());
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        clock.advance(Duration.ofHours(2).plusMinutes(5).minus(PAST_CONFIRMATION));
        OneThingFixtures.simulator().setDeviceOnline(box.deviceSn());
        passes.pollAllAndSend();

        Map<String, Object> recovered = given().auth().oauth2(user.token()).header("Accept-Language", "en")
                .get("/api/v1/alerts").then().statusCode(200).extract().jsonPath().getMap("data[0]");
        assertEquals("RECOVERED", recovered.get("type"));
        assertEquals(box.deviceName(), recovered.get("deviceName"));
        assertEquals(false, recovered.get("suppressed"));
        long downtimeMs = ((Number) recovered.get("downtimeMs")).longValue();
        // The clock runs on while the passes work: the downtime is 2 h 5 min plus those seconds.
        assertTrue(downtimeMs >= Duration.ofHours(2).plusMinutes(5).toMillis()
                && downtimeMs < Duration.ofHours(2).plusMinutes(6).toMillis(), "downtime " + downtimeMs);
        assertEquals("down for 2 h 5 min", recovered.get("message"));
        given().auth().oauth2(user.token()).get("/api/v1/alerts").then()
                .body("data[0].message", equalTo("离线 2 小时 5 分钟"))
                .body("data[1].type", equalTo("OFFLINE")).body("data[1].downtimeMs", equalTo(null));
        List<MimeMessage> mails = Mails.deliveredTo(user.username(), 2, sender, clock);
        assertEquals(2, mails.size());
        // A stalled SMTP connection can make the OFFLINE mail arrive after the recovery: look at both.
        assertTrue(mails.stream().anyMatch(mail -> Mails.body(mail).contains("down for 2 h 5 min")), "the mail says it too");
    }

    @Test
    void aRejectedLoginRaisesOneAuthFailedInsteadOfOneOfflinePerBox() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 3);
        String accountId = accountIdOf(user, upstream);
        passes.pollAllAndSend();
        upstream.devices().forEach(device -> OneThingFixtures.simulator().setDeviceOffline(device.deviceSn()));
        passes.pollAllAndSend();
        passwordChange.of(new ObjectId(accountId), upstream.username());

        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();

        List<Map<String, Object>> alerts = Alerts.of(user);
        assertEquals(List.of("AUTH_FAILED"), alerts.stream().map(alert -> alert.get("type")).toList(),
                "one AUTH_FAILED, no OFFLINE per box");
        assertNull(alerts.get(0).get("deviceSn"));
        assertEquals(1, Mails.to(user.username()).size());
    }

    @Test
    void aFailingPollRaisesNoOfflineAlerts() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 3);
        passes.pollAllAndSend();
        upstream.devices().forEach(device -> OneThingFixtures.simulator().setDeviceOffline(device.deviceSn()));
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setErrorRate(1.0);
        try {
            clock.advance(PAST_CONFIRMATION);
            passes.pollAllAndSend();
        } finally {
            OneThingFixtures.simulator().setErrorRate(0);
        }
        assertEquals(List.of(), Alerts.of(user), "a passing upstream error is no news about the boxes");
        assertEquals(0, Mails.to(user.username()).size());
    }

    @Test
    void repeatEveryMinutesIsValidated() {
        TestUsers.SignedUp user = TestUsers.newUser();
        for (Object refused : List.of(29, 1441, 0, -30, "often", 45.5, "60", true)) {
            patchNotifications(user, mapOf("repeatEveryMinutes", refused)).then().statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"))
                    .body("details.field", hasItem("notifications.repeatEveryMinutes"));
        }
        patchNotifications(user, mapOf("repeatEveryMinutes", 30)).then().statusCode(200)
                .body("data.notifications.repeatEveryMinutes", equalTo(30));
        patchNotifications(user, mapOf("enabled", true)).then().statusCode(200)
                .body("data.notifications.repeatEveryMinutes", equalTo(30));
        patchNotifications(user, mapOf("repeatEveryMinutes", 1440)).then().statusCode(200)
                .body("data.notifications.repeatEveryMinutes", equalTo(1440));
        patchNotifications(user, mapOf("repeatEveryMinutes", null)).then().statusCode(200)
                .body("data.notifications.repeatEveryMinutes", equalTo(null));
    }

    @Test
    void aBoxThatStaysDownIsRemindedOnceAPeriodByOneReplica() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        String sn = upstream.devices().get(0).deviceSn();
        String hook = webhookOf(user);
        patchNotifications(user, mapOf("repeatEveryMinutes", 30)).then().statusCode(200);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(sn);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(1, deliveries(hook).size());

        clock.advance(Duration.ofMinutes(20));
        passes.composeAndSend();
        assertEquals(1, deliveries(hook).size(), "not before its period");

        clock.advance(Duration.ofMinutes(11));
        // Two replicas compose at once: the reminder is taken by one of them.
        Uni.combine().all().unis(composer.composeDue(), composer.composeDue()).asTuple().await().atMost(WAIT);
        sender.sendDue().await().atMost(WAIT);
        List<JsonPath> sent = deliveries(hook);
        assertEquals(2, sent.size());
        assertEquals(List.of(sn), sent.get(1).getList("items.deviceSn"));
        assertTrue(sent.get(1).getString("items[0].message").contains("仍未恢复"), "it says it is a reminder");
        assertEquals(true, Alerts.of(user).get(0).get("reminder"));

        clock.advance(Duration.ofMinutes(31));
        passes.composeAndSend();
        assertEquals(3, deliveries(hook).size(), "and again a period later");

        OneThingFixtures.simulator().setDeviceOnline(sn);
        passes.pollAllAndSend();
        sent = deliveries(hook);
        assertEquals(4, sent.size());
        assertEquals("RECOVERED", sent.get(3).getString("event"));
        clock.advance(Duration.ofMinutes(31));
        passes.composeAndSend();
        assertEquals(4, deliveries(hook).size(), "no reminder once it is back");
    }

    private void goOfflineAndConfirm(String... deviceSns) {
        for (String sn : deviceSns) {
            OneThingFixtures.simulator().setDeviceOffline(sn);
        }
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
    }

    /**
     * Sends the user's alerts to a webhook on the provider stub only (mail off): what reaches it is what was sent,
     * without the test mail server's occasional stalls under load.
     */
    private static String webhookOf(TestUsers.SignedUp user) {
        String path = "/webhook/policy-" + new ObjectId().toHexString();
        patchNotifications(user, mapOf("enabled", false)).then().statusCode(200);
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("name", "policy hook", "url", "json://127.0.0.1:" + ProviderStub.shared().port() + path))
                .post("/api/v1/notification-channels").then().statusCode(201);
        return path;
    }

    /** The webhook's bodies, oldest first. */
    private static List<JsonPath> deliveries(String hookPath) {
        return ProviderStub.shared().all(request -> request.path().equals(hookPath)).stream()
                .map(request -> JsonPath.from(request.body())).toList();
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    private static Response patchNotifications(TestUsers.SignedUp user, Map<String, Object> notifications) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("notifications", notifications)).patch("/api/v1/me");
    }

    private static Response silence(TestUsers.SignedUp user, Map<String, Object> body) {
        return given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(body).post(SILENCES);
    }

    private static List<String> silences(TestUsers.SignedUp user) {
        return given().auth().oauth2(user.token()).get(SILENCES).then().statusCode(200)
                .extract().jsonPath().getList("data.id", String.class);
    }

    private static String accountIdOf(TestUsers.SignedUp user, SimulatedAccount upstream) {
        return given().auth().oauth2(user.token()).get("/api/v1/accounts").then().statusCode(200).extract().jsonPath()
                .getString("data.find { it.username == '" + upstream.username() + "' }.id");
    }

    private static Map<String, Object> latestAlertOf(TestUsers.SignedUp user, String deviceSn) {
        return Alerts.of(user).stream().filter(alert -> deviceSn.equals(alert.get("deviceSn"))).findFirst().orElseThrow();
    }
}
