package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.notify.delivery.ChannelDeliveries;
import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedDevice;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.Passes;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.jkcloud.monitor.notify.Channels.as;
import static com.jkcloud.monitor.support.TestDurations.PAST_CONFIRMATION;
import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quiet hours on every channel, providers' size limits and rate limits: real passes, real HTTP to the provider stub. */
@QuarkusTest
@ResetsSimulatorAndClock
class ChannelLimitsTest {

    private static final Logger LOG = Logger.getLogger(ChannelLimitsTest.class);

    @Inject
    Passes passes;
    @Inject
    OutboxSender sender;
    @Inject
    ChannelDeliveries deliveries;
    @Inject
    MutableClock clock;

    @Test
    void quietHoursHoldEveryChannelAndThenSendOneDigestPerChannel() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 2);
        String barkKey = Channels.token("BQ", 22);
        Channels.added(user.token(), "bark://" + barkKey);
        String hookPath = "/webhook/" + Channels.token("quiet", 24);
        Channels.added(user.token(), "json://127.0.0.1:" + ProviderStub.shared().port() + hookPath);
        LocalTime chinaNow = LocalTime.now(clock.withZone(ChinaTime.ZONE));
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        as(user.token()).body(Map.of("notifications", Map.of("enabled", false, "quietHours", Map.of(
                        "start", chinaNow.minusHours(1).format(hhmm), "end", chinaNow.plusHours(1).format(hhmm)))))
                .patch("/api/v1/me").then().statusCode(200);
        passes.pollAllAndSend();
        for (SimulatedDevice device : upstream.devices()) {
            OneThingFixtures.simulator().setDeviceOffline(device.deviceSn());
            passes.pollAllAndSend();
            clock.advance(PAST_CONFIRMATION);
            passes.pollAllAndSend();
        }
        assertEquals(0, ProviderStub.shared().all(request -> request.body().contains(barkKey)).size(), "Bark held");
        assertEquals(0, ProviderStub.shared().all(request -> request.path().equals(hookPath)).size(), "webhook held");

        clock.advance(Duration.ofHours(1));
        passes.composeAndSend();
        ProviderStub.Received bark = ProviderStub.shared().only(request -> request.body().contains(barkKey));
        ProviderStub.Received hook = ProviderStub.shared().only(request -> request.path().equals(hookPath));
        for (SimulatedDevice device : upstream.devices()) {
            assertTrue(bark.body().contains(device.deviceSn()), "one Bark digest lists " + device.deviceSn());
        }
        assertEquals(upstream.devices().stream().map(SimulatedDevice::deviceSn).sorted().toList(),
                JsonPath.from(hook.body()).getList("items.deviceSn", String.class).stream().sorted().toList(),
                "one webhook digest lists both");
    }

    @Test
    void aLongListIsCutToTheProvidersLimitSayingHowManyMore() {
        TestUsers.SignedUp user = TestUsers.newUser();
        int boxes = 90;
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), boxes);
        String key = Channels.token("wl", 36);
        Channels.added(user.token(), "wecombot://" + key);
        as(user.token()).body(Map.of("notifications", Map.of("enabled", false))).patch("/api/v1/me").then().statusCode(200);
        passes.pollAllAndSend();
        upstream.devices().forEach(device -> OneThingFixtures.simulator().setDeviceOffline(device.deviceSn()));
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();

        ProviderStub.Received robot = ProviderStub.shared().only(request -> key.equals(request.query().get("key")));
        String content = JsonPath.from(robot.body()).getString("markdown.content");
        assertTrue(content.getBytes(StandardCharsets.UTF_8).length <= 4096, "within WeCom's 4096 bytes");
        assertTrue(content.startsWith("### "), "Markdown, which WeCom renders");
        Matcher more = Pattern.compile("…另有 (\\d+) 台设备").matcher(content);
        assertTrue(more.find(), content);
        long listed = content.lines().filter(line -> line.startsWith("- **")).count();
        assertEquals(boxes, listed + Long.parseLong(more.group(1)), "every box is either listed or counted");
        assertTrue(content.lines().filter(line -> line.startsWith("- **")).allMatch(line -> line.contains("OFFLINE")),
                "no line is cut in the middle");
    }

    @Test
    void aBurstToAGroupRobotIsSpacedOutAndNothingIsDropped() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String key = Channels.token("wb", 36);
        Channels.added(user.token(), "wecombot://" + key);
        ObjectId owner = new ObjectId(user.id());
        var audience = deliveries.audience(owner, false).await().atMost(WAIT);
        for (int notice = 0; notice < 3; notice++) {
            deliveries.queueNotice(audience, NotificationEvent.PRICE, "burst-" + key + "-" + notice, "Price " + notice,
                    "USDT crossed " + notice, null, clock.instant()).await().atMost(WAIT);
        }
        sender.sendDue().await().atMost(WAIT);
        assertEquals(1, robotRequests(key).size(), "the first goes at once, the others wait for their slots");

        clock.advance(Duration.ofSeconds(3));
        sender.sendDue().await().atMost(WAIT);
        clock.advance(Duration.ofSeconds(3));
        sender.sendDue().await().atMost(WAIT);
        List<ProviderStub.Received> sent = robotRequests(key);
        assertEquals(3, sent.size(), "each in its own slot, none dropped");
        long spanMs = (sent.get(2).receivedNanos() - sent.get(0).receivedNanos()) / 1_000_000;
        LOG.infof("MEASURED three notices to one WeCom robot delivered over %d ms of wall time (slots 3 s apart on the app clock)", spanMs);
        List<String> contents = sent.stream().map(request -> JsonPath.from(request.body()).getString("markdown.content")).toList();
        for (int notice = 0; notice < 3; notice++) {
            int number = notice;
            assertEquals(1, contents.stream().filter(content -> content.contains("Price " + number)).count());
        }
        clock.advance(Duration.ofMinutes(5));
        sender.sendDue().await().atMost(WAIT);
        assertEquals(3, robotRequests(key).size(), "and nothing twice");
    }

    @Test
    void measuresTheTimeFromAConfirmedOfflineToEachChannel() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindAllOnline(user.token(), 1);
        String sn = upstream.devices().get(0).deviceSn();
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        urls.put("serverchan", "schan://SCT" + Channels.token("m", 20));
        urls.put("pushplus", "pushplus://" + Channels.token("pp", 32));
        urls.put("wecom", "wecombot://" + Channels.token("wm", 36));
        urls.put("dingtalk", "dingtalk://" + Channels.token("dm", 40) + "/SEC" + Channels.token("s", 40));
        urls.put("feishu", "feishu://" + Channels.token("fm", 36) + "/" + Channels.token("fs", 20));
        urls.put("telegram", "tgram://123456789:" + Channels.token("AAE", 35) + "/42");
        urls.put("bark", "bark://" + Channels.token("bm", 22));
        urls.put("webhook", "json://127.0.0.1:" + ProviderStub.shared().port() + "/webhook/" + Channels.token("mh", 24));
        urls.values().forEach(url -> Channels.added(user.token(), url));
        as(user.token()).body(Map.of("notifications", Map.of("enabled", false))).patch("/api/v1/me").then().statusCode(200);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(sn);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        long confirmingPassStarted = System.nanoTime();
        passes.pollAllAndSend();

        StringBuilder figures = new StringBuilder();
        for (String provider : urls.keySet()) {
            ProviderStub.Received received = ProviderStub.shared().only(request -> request.path().startsWith("/" + provider)
                    && request.body().contains(sn));
            figures.append(' ').append(provider).append(' ')
                    .append((received.receivedNanos() - confirmingPassStarted) / 1_000_000).append(" ms");
        }
        LOG.infof("MEASURED confirmed offline -> provider receipt (pass, compose, outbox drain):%s", figures);
    }

    private static List<ProviderStub.Received> robotRequests(String key) {
        return ProviderStub.shared().all(request -> key.equals(request.query().get("key")));
    }
}
