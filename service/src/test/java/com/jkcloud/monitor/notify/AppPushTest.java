package com.jkcloud.monitor.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jkcloud.monitor.notify.push.JPushSender;
import com.jkcloud.monitor.notify.push.MiPushSender;
import com.jkcloud.monitor.notify.push.PushResult;
import com.jkcloud.monitor.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both app push providers' requests as NOTIFY.md describes them, and the invalid registration ids they report. */
@QuarkusTest
@ResetsProviderStub
class AppPushTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    JPushSender jpush;

    @Inject
    MiPushSender mipush;

    @Inject
    MutableClock clock;

    private Notification offline() {
        return new Notification(NotificationEvent.OFFLINE, "user-1", "客厅 离线", null, clock.instant(), List.of(
                new Notification.Item("客厅", "OCP001", "acc-1", "Home", "offline", clock.instant(), null)));
    }

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void jpushPostsToTheRegistrationIdsWithBasicAuth() throws Exception {
        String registrationId = id("1a0018970a");
        PushResult result = jpush.send(List.of(registrationId), offline()).await().atMost(Duration.ofSeconds(10));

        assertTrue(result.accepted());
        assertEquals(List.of(), result.invalidRegistrationIds());
        var request = ProviderStub.shared().only(received -> received.body().contains(registrationId));
        assertEquals("POST", request.method());
        assertEquals("/jpush/v3/push", request.path());
        assertEquals("Basic " + Base64.getEncoder().encodeToString(
                "test-jpush-app-key:test-jpush-master-secret-0123456789".getBytes(StandardCharsets.UTF_8)),
                request.headers().get("Authorization"));
        assertTrue(request.headers().get("Content-Type").startsWith("application/json"));
        JsonNode body = JSON.readTree(request.body());
        assertEquals("all", body.get("platform").asText());
        assertEquals(registrationId, body.get("audience").get("registration_id").get(0).asText());
        assertTrue(body.get("notification").get("alert").asText().contains("OCP001"));
        assertEquals("客厅 离线", body.get("notification").get("android").get("title").asText());
        assertTrue(body.get("notification").get("android").get("alert").asText().contains("客厅"));
        assertTrue(body.get("notification").get("ios").get("alert").asText().contains("客厅"));
    }

    @Test
    void jpushSendsAtMost1000IdsACall() {
        String marker = id("batch");
        List<String> ids = IntStream.range(0, 1001).mapToObj(n -> marker + "-" + n).toList();
        jpush.send(ids, offline()).await().atMost(Duration.ofSeconds(10));
        List<ProviderStub.Received> calls = ProviderStub.shared().all(received -> received.body().contains(marker));
        assertEquals(2, calls.size());
    }

    @Test
    void jpushReportsIdsItCannotReachAsInvalid() {
        ProviderStub.shared().answer("/jpush", 400,
                "{\"error\":{\"code\":1011,\"message\":\"cannot find user by this audience or has been inactive for more than 255 days\"}}");
        List<String> gone = List.of(id("gone"), id("gone"));
        PushResult result = jpush.send(gone, offline()).await().atMost(Duration.ofSeconds(10));
        assertEquals(gone, result.invalidRegistrationIds());
        assertTrue(result.error().contains("cannot find user"));

        ProviderStub.shared().answer("/jpush", 401, "{\"error\":{\"code\":1004,\"message\":\"app key and master secret do not match\"}}");
        DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                () -> jpush.send(List.of(id("x")), offline()).await().atMost(Duration.ofSeconds(10)));
        assertTrue(failure.getMessage().contains("do not match"), failure.getMessage());
    }

    @Test
    void mipushPostsTheFormWithTheAppSecretAndSurfacesBadIds() {
        String good = id("mi-good");
        String bad = id("mi-bad");
        ProviderStub.shared().answer("/mipush", 200,
                "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"slm1\",\"bad_regids\":\"" + bad + "\"},\"description\":\"成功\"}");
        PushResult result = mipush.send(List.of(good, bad), offline()).await().atMost(Duration.ofSeconds(10));

        assertTrue(result.accepted());
        assertEquals(List.of(bad), result.invalidRegistrationIds());
        var request = ProviderStub.shared().only(received -> received.body().contains(good));
        assertEquals("POST", request.method());
        assertEquals("/mipush/v3/message/regid", request.path());
        assertEquals("key=test-mipush-app-secret-0123456789", request.headers().get("Authorization"));
        assertTrue(request.headers().get("Content-Type").startsWith("application/x-www-form-urlencoded"));
        var form = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        for (String pair : request.body().split("&")) {
            String[] parts = pair.split("=", 2);
            form.add(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        assertEquals(good + "," + bad, form.get("registration_id"));
        assertEquals("com.jkcloud.monitor.app", form.get("restricted_package_name"));
        assertEquals("客厅 离线", form.get("title"));
        assertTrue(form.get("description").contains("OCP001"));
        assertEquals("{\"event\":\"OFFLINE\"}", form.get("payload"));
        assertEquals("0", form.get("pass_through"));
        assertEquals("-1", form.get("notify_type"));
    }

    @Test
    void mipushWithNoValidTargetReportsEveryIdInvalidAndOtherErrorsFail() {
        ProviderStub.shared().answer("/mipush", 200, "{\"result\":\"error\",\"code\":20301,\"description\":\"No valid targets!\"}");
        List<String> gone = List.of(id("mi-gone"));
        PushResult result = mipush.send(gone, offline()).await().atMost(Duration.ofSeconds(10));
        assertEquals(gone, result.invalidRegistrationIds());

        ProviderStub.shared().answer("/mipush", 200, "{\"result\":\"error\",\"code\":22000,\"description\":\"appSecret invalid\"}");
        DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                () -> mipush.send(List.of(id("mi")), offline()).await().atMost(Duration.ofSeconds(10)));
        assertTrue(failure.getMessage().contains("appSecret invalid"), failure.getMessage());
    }
}
