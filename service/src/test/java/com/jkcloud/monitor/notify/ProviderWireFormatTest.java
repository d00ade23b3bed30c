package com.jkcloud.monitor.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.notify.address.ChannelUrls;
import com.jkcloud.monitor.notify.address.Destination;
import com.jkcloud.monitor.notify.provider.ProviderSenders;
import com.jkcloud.monitor.support.Mails;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static com.jkcloud.monitor.notify.Channels.PATH;
import static com.jkcloud.monitor.notify.Channels.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each provider's request exactly as NOTIFY.md describes it, through the real REST clients, to a local server. */
@QuarkusTest
@ResetsSimulatorAndClock
@ResetsProviderStub
class ProviderWireFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FROZEN = Instant.parse("2026-06-10T02:30:00.123Z");

    @Inject
    MutableClock clock;

    @Inject
    ProviderSenders senders;

    private static ProviderStub stub() {
        return ProviderStub.shared();
    }

    private static void delivered(String token, String channelId) {
        Channels.test(token, channelId).then().statusCode(200).body("data.delivered", equalTo(true));
    }

    private static JsonNode json(ProviderStub.Received request) throws Exception {
        assertTrue(request.headers().get("Content-Type").startsWith("application/json"), request.headers().get("Content-Type"));
        return JSON.readTree(request.body());
    }

    private static byte[] hmacSha256(String key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void serverChanGetsATitleOfAtMost32CharactersAndMarkdown() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String sendKey = Channels.token("SCT", 30);
        String id = Channels.added(owner.token(), "schan://" + sendKey);

        as(owner.token()).header("Accept-Language", "en").post(PATH + "/" + id + "/test").then().statusCode(200);

        var request = stub().only(received -> received.path().equals("/serverchan/" + sendKey + ".send"));
        assertEquals("POST", request.method());
        JsonNode body = json(request);
        String title = body.get("title").asText();
        assertEquals(32, title.codePointCount(0, title.length()), title);
        assertTrue(title.startsWith("JK Cloud Monitor test notif") && title.endsWith("…"), title);
        assertTrue(body.get("desp").asText().startsWith("### JK Cloud Monitor test notification\n"), body.toString());
        as(owner.token()).get(PATH).then().body("data[0].lastDelivery.status", equalTo("SENT"))
                .body("data[0].lastDelivery.at", notNullValue());
    }

    @Test
    void pushPlusGetsTokenTitleMarkdownContent() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String token = Channels.token("pp", 32);
        delivered(owner.token(), Channels.added(owner.token(), "pushplus://" + token));

        var request = stub().only(received -> received.body().contains(token));
        assertEquals("POST", request.method());
        assertEquals("/pushplus/send", request.path());
        JsonNode body = json(request);
        assertEquals(token, body.get("token").asText());
        assertEquals("JK Cloud Monitor 测试通知", body.get("title").asText());
        assertEquals("markdown", body.get("template").asText());
        assertTrue(body.get("content").asText().contains("测试消息"), body.toString());
    }

    @Test
    void weComGetsAMarkdownMessageWithTheKeyInTheQuery() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String key = Channels.token("wk", 36);
        delivered(owner.token(), Channels.added(owner.token(), "wecombot://" + key));

        var request = stub().only(received -> key.equals(received.query().get("key")));
        assertEquals("POST", request.method());
        assertEquals("/wecom/cgi-bin/webhook/send", request.path());
        assertEquals("key=" + key, request.rawQuery());
        JsonNode body = json(request);
        assertEquals("markdown", body.get("msgtype").asText());
        assertTrue(body.get("markdown").get("content").asText().startsWith("### JK Cloud Monitor 测试通知"), body.toString());
    }

    @Test
    void dingTalkWithoutASecretSendsNoSignature() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String accessToken = Channels.token("dt", 40);
        delivered(owner.token(), Channels.added(owner.token(), "dingtalk://" + accessToken));

        var request = stub().only(received -> accessToken.equals(received.query().get("access_token")));
        assertEquals("/dingtalk/robot/send", request.path());
        assertEquals("access_token=" + accessToken, request.rawQuery());
        JsonNode body = json(request);
        assertEquals("markdown", body.get("msgtype").asText());
        assertEquals("JK Cloud Monitor 测试通知", body.get("markdown").get("title").asText());
        assertTrue(body.get("markdown").get("text").asText().contains("测试消息"));
    }

    @Test
    void dingTalkWithASecretSignsTimestampNewlineSecret() throws Exception {
        clock.freeze(FROZEN);
        TestUsers.SignedUp owner = TestUsers.newUser();
        String accessToken = Channels.token("dt", 40);
        String secret = Channels.token("SEC", 60);
        delivered(owner.token(), Channels.added(owner.token(), "dingtalk://" + accessToken + "/" + secret));

        var request = stub().only(received -> accessToken.equals(received.query().get("access_token")));
        String timestamp = Long.toString(FROZEN.toEpochMilli());
        String sign = Base64.getEncoder().encodeToString(hmacSha256(secret, timestamp + "\n" + secret));
        assertEquals(timestamp, request.query().get("timestamp"));
        assertEquals(sign, request.query().get("sign"));
        assertTrue(request.rawQuery().contains("sign=" + URLEncoder.encode(sign, StandardCharsets.UTF_8)),
                "the sign is URL-encoded on the wire: " + request.rawQuery());
        assertFalse(request.rawQuery().contains(secret), "the secret itself never travels");
    }

    @Test
    void feishuGetsTextAndWithASecretATimestampInSecondsAndItsSign() throws Exception {
        clock.freeze(FROZEN);
        TestUsers.SignedUp owner = TestUsers.newUser();
        String hookToken = "0a1b2c3d-" + Channels.token("f", 27);
        String secret = Channels.token("fs", 24);
        delivered(owner.token(), Channels.added(owner.token(), "feishu://" + hookToken + "/" + secret));
        String plainToken = Channels.token("f", 36);
        delivered(owner.token(), Channels.added(owner.token(), "feishu://" + plainToken));

        var signed = stub().only(received -> received.path().equals("/feishu/open-apis/bot/v2/hook/" + hookToken));
        assertEquals("POST", signed.method());
        JsonNode body = json(signed);
        String timestamp = Long.toString(FROZEN.getEpochSecond());
        assertTrue(body.get("timestamp").isTextual(), "the timestamp is a string");
        assertEquals(timestamp, body.get("timestamp").asText());
        assertEquals(Base64.getEncoder().encodeToString(hmacSha256(timestamp + "\n" + secret, "")), body.get("sign").asText());
        assertEquals("text", body.get("msg_type").asText());
        assertTrue(body.get("content").get("text").asText().startsWith("JK Cloud Monitor 测试通知\n"), body.toString());

        JsonNode unsigned = json(stub().only(received -> received.path().endsWith("/" + plainToken)));
        assertNull(unsigned.get("timestamp"));
        assertNull(unsigned.get("sign"));
    }

    @Test
    void feishuOlderBotsAnswerWithStatusCode() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String id = Channels.added(owner.token(), "feishu://" + Channels.token("f", 36));
        stub().answer("/feishu", 200, "{\"Extra\":null,\"StatusCode\":0,\"StatusMessage\":\"success\"}");
        delivered(owner.token(), id);
        stub().answer("/feishu", 200, "{\"code\":19021,\"msg\":\"sign match fail or timestamp is not within one hour from current time\"}");
        Channels.test(owner.token(), id).then().statusCode(502).body("message", containsString("sign match fail"));
    }

    @Test
    void telegramGetsChatIdAndPlainTextAtTheBotsPath() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String botToken = "123456789:" + Channels.token("AAE", 35);
        delivered(owner.token(), Channels.added(owner.token(), "tgram://" + botToken + "/-1001234567890"));

        var request = stub().only(received -> received.path().equals("/telegram/bot" + botToken + "/sendMessage"));
        assertEquals("POST", request.method());
        JsonNode body = json(request);
        assertEquals("-1001234567890", body.get("chat_id").asText());
        assertTrue(body.get("text").asText().startsWith("JK Cloud Monitor 测试通知\n"));
        assertNull(body.get("parse_mode"), "plain text: device names need no escaping");
    }

    @Test
    void barkGetsDeviceKeyTitleBodyAndTheGroup() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String deviceKey = Channels.token("bk", 22);
        delivered(owner.token(), Channels.added(owner.token(), "bark://" + deviceKey));

        var request = stub().only(received -> received.body().contains(deviceKey));
        assertEquals("POST", request.method());
        assertEquals("/bark/push", request.path());
        JsonNode body = json(request);
        assertEquals(deviceKey, body.get("device_key").asText());
        assertEquals("JK Cloud Monitor 测试通知", body.get("title").asText());
        assertEquals("JK Cloud Monitor", body.get("group").asText());
        assertTrue(body.get("body").asText().contains("测试消息"));
    }

    @Test
    void aWebhookIsSignedWithItsSecretAndCarriesEventAndDeliveryHeaders() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String hookPath = "/webhook/" + Channels.token("hook", 24);
        var created = Channels.add(owner.token(), "hook", "json://127.0.0.1:" + stub().port() + hookPath + "?team=ops");
        String secret = created.path("data.secret");
        String id = created.path("data.id");
        delivered(owner.token(), id);
        delivered(owner.token(), id);

        var request = stub().all(received -> received.path().equals(hookPath)).get(0);
        assertEquals("POST", request.method());
        assertEquals("team=ops", request.rawQuery());
        assertEquals("TEST", request.headers().get("X-JK-Event"));
        assertEquals("sha256=" + HexFormat.of().formatHex(hmacSha256(secret, request.body())), request.headers().get("X-JK-Signature"));
        JsonNode body = json(request);
        assertEquals("TEST", body.get("event").asText());
        assertEquals(owner.id(), body.get("user").asText());
        assertEquals("JK Cloud Monitor 测试通知", body.get("subject").asText());
        assertTrue(body.get("at").isNumber());
        assertTrue(body.get("text").asText().contains("测试消息"));
        assertTrue(body.get("items").isArray());

        long distinctDeliveries = stub().all(received -> received.path().equals(hookPath)).stream()
                .map(received -> received.headers().get("X-JK-Delivery")).distinct().count();
        assertEquals(2, distinctDeliveries, "two tests are two deliveries");
    }

    @Test
    void aWebhookRetryReusesTheDeliveryIdAndListsEveryDevice() throws Exception {
        String hookPath = "/webhook/" + Channels.token("retry", 24);
        String secret = "retry-secret-0123456789";
        Destination destination = new Destination(ChannelUrls.parse("json://127.0.0.1:" + stub().port() + hookPath), secret);
        Instant since = Instant.parse("2026-06-10T01:50:00Z");
        Notification offline = new Notification(NotificationEvent.OFFLINE, "user-1", "2 台设备离线", null, clock.instant(), List.of(
                new Notification.Item("客厅", "OCP001", "acc-1", "Home", "offline", since, null),
                new Notification.Item("书房", "OCP002", "acc-1", "Home", "exception", since, "disk error")));

        senders.send(destination, offline, "delivery-42").await().atMost(Duration.ofSeconds(10));
        senders.send(destination, offline, "delivery-42").await().atMost(Duration.ofSeconds(10));

        List<ProviderStub.Received> requests = stub().all(received -> received.path().equals(hookPath));
        assertEquals(2, requests.size());
        assertEquals("delivery-42", requests.get(0).headers().get("X-JK-Delivery"));
        assertEquals("delivery-42", requests.get(1).headers().get("X-JK-Delivery"));
        assertEquals("OFFLINE", requests.get(0).headers().get("X-JK-Event"));
        JsonNode items = json(requests.get(0)).get("items");
        assertEquals(2, items.size());
        assertEquals("OCP002", items.get(1).get("deviceSn").asText());
        assertEquals("书房", items.get(1).get("deviceName").asText());
        assertEquals("acc-1", items.get(1).get("accountId").asText());
        assertEquals("exception", items.get(1).get("status").asText());
        assertEquals(since.toEpochMilli(), items.get(1).get("since").asLong());
        assertEquals("disk error", items.get(1).get("message").asText());
        assertTrue(json(requests.get(0)).get("text").asText().contains("OCP001"));
    }

    @Test
    void mailtoSendsThroughTheMailer() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String address = TestUsers.uniqueEmail("channel");
        delivered(owner.token(), Channels.added(owner.token(), "mailto://" + address));

        List<MimeMessage> mails = Mails.to(address);
        assertEquals(1, mails.size());
        assertEquals("JK Cloud Monitor 测试通知", Mails.subject(mails.get(0)));
        assertTrue(mails.get(0).getContent().toString().contains("测试消息"), Mails.body(mails.get(0)));
    }

    @Test
    void aProviderErrorIs502WithTheProvidersOwnWordsAndIsTheLastDelivery() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String id = Channels.added(owner.token(), "dingtalk://" + Channels.token("dt", 40) + "/" + Channels.token("SEC", 40));
        stub().answer("/dingtalk", 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");

        Channels.test(owner.token(), id).then().statusCode(502)
                .body("code", equalTo(502))
                .body("error", equalTo("UPSTREAM_ERROR"))
                .body("message", containsString("sign not match"));
        as(owner.token()).get(PATH).then()
                .body("data[0].lastDelivery.status", equalTo("FAILED"))
                .body("data[0].lastDelivery.error", containsString("sign not match"));

        stub().reset();
        delivered(owner.token(), id);
        as(owner.token()).get(PATH).then().body("data[0].lastDelivery.status", equalTo("SENT"))
                .body("data[0].lastDelivery.error", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void everyProvidersRefusalReachesTheOwner() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        record Refusal(String url, String prefix, int status, String body, String text) {
        }
        List<Refusal> refusals = List.of(
                new Refusal("schan://" + Channels.token("SCT", 30), "/serverchan", 200, "{\"code\":40001,\"message\":\"bad pushtoken\"}", "bad pushtoken"),
                new Refusal("pushplus://" + Channels.token("pp", 32), "/pushplus", 200, "{\"code\":903,\"msg\":\"无效的用户令牌\"}", "无效的用户令牌"),
                new Refusal("wecombot://" + Channels.token("wk", 36), "/wecom", 200, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}", "invalid webhook url"),
                new Refusal("tgram://123456789:" + Channels.token("AAE", 35) + "/1", "/telegram", 400,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}", "chat not found"),
                new Refusal("bark://" + Channels.token("bk", 22), "/bark", 400, "{\"code\":400,\"message\":\"failed to get device token\"}",
                        "failed to get device token"),
                new Refusal("json://127.0.0.1:" + stub().port() + "/webhook/" + Channels.token("h", 20), "/webhook", 500,
                        "receiver broke", "HTTP 500: receiver broke"));
        for (Refusal refusal : refusals) {
            String id = Channels.added(owner.token(), refusal.url());
            stub().answer(refusal.prefix(), refusal.status(), refusal.body());
            Channels.test(owner.token(), id).then().statusCode(502)
                    .body("error", equalTo("UPSTREAM_ERROR"))
                    .body("message", containsString(refusal.text()));
        }
    }

    @Test
    void anUnreachableWebhookIs502() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        // Port 9 (discard) is closed on the test machine: the connection is refused.
        String id = Channels.added(owner.token(), "json://127.0.0.1:9/webhook/nowhere");
        Channels.test(owner.token(), id).then().statusCode(502)
                .body("error", equalTo("UPSTREAM_ERROR"))
                .body("message", containsString("not reachable"));
        assertNotEquals(0, stub().port());
    }
}
