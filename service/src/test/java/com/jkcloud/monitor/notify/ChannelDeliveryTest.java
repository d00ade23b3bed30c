package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedDevice;
import com.jkcloud.monitor.support.Mails;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.Passes;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.notify.Channels.PATH;
import static com.jkcloud.monitor.notify.Channels.as;
import static com.jkcloud.monitor.support.TestDurations.PAST_CONFIRMATION;
import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Confirmed alerts reach the user's channels through the outbox: real passes, real HTTP to the provider stub. */
@QuarkusTest
@ResetsSimulatorAndClock
@ResetsProviderStub
class ChannelDeliveryTest {

    private static final Logger LOG = Logger.getLogger(ChannelDeliveryTest.class);
    private static final String LOG_PATH = "/api/v1/notifications";

    @Inject
    Passes passes;
    @Inject
    OutboxSender sender;
    @Inject
    MutableClock clock;

    @Test
    void aConfirmedOfflineReachesBarkAndWebhookAsOneMessageListingEveryDevice() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 3);
        String barkKey = Channels.token("BK", 22);
        String barkId = Channels.added(user.token(), "bark://" + barkKey);
        String hookPath = "/webhook/" + Channels.token("every", 24);
        JsonPath hook = Channels.add(user.token(), "hook", "json://127.0.0.1:" + ProviderStub.shared().port() + hookPath)
                .then().statusCode(201).extract().jsonPath();
        passes.pollAllAndSend();
        upstream.devices().forEach(device -> OneThingFixtures.simulator().setDeviceOffline(device.deviceSn()));
        passes.pollAllAndSend();
        assertTrue(barkRequests(barkKey).isEmpty(), "seen offline once is not confirmed");

        clock.advance(PAST_CONFIRMATION);
        long confirmingPassStarted = System.nanoTime();
        passes.pollAllAndSend();

        ProviderStub.Received bark = ProviderStub.shared().only(request -> request.body().contains(barkKey));
        ProviderStub.Received webhook = ProviderStub.shared().only(request -> request.path().equals(hookPath));
        LOG.infof("MEASURED confirmed offline -> provider receipt: bark %d ms, webhook %d ms (pass, compose and outbox drain)",
                (bark.receivedNanos() - confirmingPassStarted) / 1_000_000,
                (webhook.receivedNanos() - confirmingPassStarted) / 1_000_000);
        for (SimulatedDevice device : upstream.devices()) {
            assertTrue(bark.body().contains(device.deviceSn()), "the Bark message lists " + device.deviceSn());
        }
        assertEquals("OFFLINE", webhook.headers().get("X-JK-Event"));
        String signature = "sha256=" + hmacHex(hook.getString("data.secret"), webhook.body());
        assertEquals(signature, webhook.headers().get("X-JK-Signature"), "the body is signed with the channel's secret");
        JsonPath sent = JsonPath.from(webhook.body());
        assertEquals(user.id(), sent.getString("user"));
        assertEquals(upstream.devices().stream().map(SimulatedDevice::deviceSn).sorted().toList(),
                sent.getList("items.deviceSn", String.class).stream().sorted().toList());
        assertEquals(List.of("OFFLINE", "OFFLINE", "OFFLINE"), sent.getList("items.status"));
        assertEquals(1, Mails.to(user.username()).size(), "the alert mail still goes out, once");

        List<Map<String, Object>> log = deliveryLog(user, 50);
        assertEquals(2, log.size());
        for (Map<String, Object> entry : log) {
            assertEquals("SENT", entry.get("status"));
            assertEquals("OFFLINE", entry.get("event"));
            assertEquals(1, entry.get("attempts"));
            assertNull(entry.get("error"));
        }
        assertEquals(List.of(barkId, hook.getString("data.id")).stream().sorted().toList(),
                log.stream().map(entry -> (String) entry.get("channelId")).sorted().toList());
        as(user.token()).get(PATH).then().statusCode(200).body("data.lastDelivery.status", equalTo(List.of("SENT", "SENT")));

        passes.pollAllAndSend();
        clock.advance(Duration.ofHours(1));
        sender.sendDue().await().atMost(WAIT);
        assertEquals(1, barkRequests(barkKey).size(), "still offline: nothing is delivered twice");
        assertEquals(1, ProviderStub.shared().all(request -> request.path().equals(hookPath)).size());
    }

    @Test
    void aDownProviderGetsTheNotificationExactlyOnceAfterTheRetry() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        String hookToken = Channels.token("retry", 24);
        String hookPath = "/webhook/" + hookToken;
        String hookId = Channels.added(user.token(), "json://127.0.0.1:" + ProviderStub.shared().port() + hookPath);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(upstream.devices().get(0).deviceSn());
        passes.pollAllAndSend();
        // The provider is down and echoes the URL it was called on: the owner sees its answer without the token.
        ProviderStub.shared().answer("/webhook", 503, "{\"error\":\"down for " + hookToken + "\"}");
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();

        assertEquals(1, hookRequests(hookPath).size());
        Map<String, Object> failed = deliveryLog(user, 50).get(0);
        assertEquals("PENDING", failed.get("status"), "a failed delivery waits for its retry");
        assertEquals(1, failed.get("attempts"));
        String error = (String) failed.get("error");
        assertTrue(error.startsWith("HTTP 503"), error);
        assertFalse(error.contains(hookToken), "the log shows the provider's answer without the channel's token");
        as(user.token()).get(PATH).then().statusCode(200)
                .body("data[0].lastDelivery.status", equalTo("FAILED"));

        sender.sendDue().await().atMost(WAIT);
        assertEquals(1, hookRequests(hookPath).size(), "not retried before its backoff");

        ProviderStub.shared().reset();
        clock.advance(Duration.ofSeconds(31));
        sender.sendDue().await().atMost(WAIT);
        clock.advance(Duration.ofHours(2));
        sender.sendDue().await().atMost(WAIT);

        List<ProviderStub.Received> requests = hookRequests(hookPath);
        assertEquals(2, requests.size(), "one failed attempt, then exactly one delivery");
        assertEquals(requests.get(0).headers().get("X-JK-Delivery"), requests.get(1).headers().get("X-JK-Delivery"),
                "a retry carries the same delivery id");
        assertEquals(requests.get(0).body(), requests.get(1).body(), "a retry sends what was queued");
        Map<String, Object> delivered = deliveryLog(user, 50).get(0);
        assertEquals(hookId, delivered.get("channelId"));
        assertEquals("SENT", delivered.get("status"));
        assertEquals(2, delivered.get("attempts"));
        assertNull(delivered.get("error"));
        as(user.token()).get(PATH).then().statusCode(200).body("data[0].lastDelivery.status", equalTo("SENT"));
    }

    @Test
    void aChannelTurnedOffBeforeItsRetryGetsNothingMore() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        String barkKey = Channels.token("BO", 22);
        String barkId = Channels.added(user.token(), "bark://" + barkKey);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(upstream.devices().get(0).deviceSn());
        passes.pollAllAndSend();
        ProviderStub.shared().answer("/bark", 500, "{\"code\":500,\"message\":\"busy\"}");
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(1, barkRequests(barkKey).size());

        as(user.token()).body(Map.of("enabled", false)).patch(PATH + "/" + barkId).then().statusCode(200);
        ProviderStub.shared().reset();
        clock.advance(Duration.ofMinutes(5));
        sender.sendDue().await().atMost(WAIT);
        assertEquals(1, barkRequests(barkKey).size(), "a channel turned off gets no retry");
        Map<String, Object> dropped = deliveryLog(user, 50).get(0);
        assertEquals("SUPPRESSED", dropped.get("status"));
        assertEquals(1, dropped.get("attempts"));
    }

    @Test
    void aChannelWhoseEventsLeaveOutOfflineGetsOnlyTheRecovery() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        String sn = upstream.devices().get(0).deviceSn();
        String barkKey = Channels.token("BR", 22);
        Channels.add(user.token(), "recoveries", "bark://" + barkKey, List.of("RECOVERED")).then().statusCode(201);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(sn);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(1, Mails.to(user.username()).size(), "the offline was confirmed and mailed");
        assertTrue(barkRequests(barkKey).isEmpty(), "a channel without OFFLINE gets nothing for it");
        assertTrue(deliveryLog(user, 50).isEmpty());

        OneThingFixtures.simulator().setDeviceOnline(sn);
        passes.pollAllAndSend();
        ProviderStub.Received recovery = ProviderStub.shared().only(request -> request.body().contains(barkKey));
        assertTrue(recovery.body().contains(sn));
        assertEquals("RECOVERED", deliveryLog(user, 50).get(0).get("event"));
    }

    @Test
    void theDeliveryLogIsTheCallersOnlyAndItsLimitIsChecked() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 2);
        Channels.added(user.token(), "bark://" + Channels.token("BL", 22));
        Channels.added(user.token(), "bark://" + Channels.token("BM", 22));
        passes.pollAllAndSend();
        upstream.devices().forEach(device -> OneThingFixtures.simulator().setDeviceOffline(device.deviceSn()));
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();

        assertEquals(2, deliveryLog(user, 200).size());
        assertEquals(1, deliveryLog(user, 1).size());
        assertTrue(deliveryLog(TestUsers.newUser(), 50).isEmpty(), "another user's log is empty");
        for (String limit : List.of("0", "201", "-1", "ten", "1.5")) {
            as(user.token()).queryParam("limit", limit).get(LOG_PATH).then().statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"));
        }
        io.restassured.RestAssured.given().get(LOG_PATH).then().statusCode(401);
    }

    private static List<Map<String, Object>> deliveryLog(TestUsers.SignedUp user, int limit) {
        return as(user.token()).queryParam("limit", limit).get(LOG_PATH).then().statusCode(200)
                .extract().jsonPath().getList("data");
    }

    private static List<ProviderStub.Received> barkRequests(String barkKey) {
        return ProviderStub.shared().all(request -> request.body().contains(barkKey));
    }

    private static List<ProviderStub.Received> hookRequests(String hookPath) {
        return ProviderStub.shared().all(request -> request.path().equals(hookPath));
    }

    private static String hmacHex(String key, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
