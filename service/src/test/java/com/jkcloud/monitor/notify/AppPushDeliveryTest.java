package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.outbox.OutboxSender;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.AppDevices;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.Passes;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.notify.Channels.as;
import static com.jkcloud.monitor.support.TestDurations.PAST_CONFIRMATION;
import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alerts pushed to the user's signed-in app devices through the configured provider (JPush in tests). */
@QuarkusTest
@ResetsSimulatorAndClock
@ResetsProviderStub
class AppPushDeliveryTest {

    @Inject
    Passes passes;
    @Inject
    OutboxSender sender;
    @Inject
    MutableClock clock;

    @Test
    void anAlertIsPushedToTheAppAndAnInvalidRegistrationIsNotPushedAgain() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String sn = boundWithOneOnline(user);
        String deviceId = signedInDevice(user);
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(sn);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();

        ProviderStub.Received push = ProviderStub.shared().only(request -> request.body().contains(deviceId));
        assertEquals("/jpush/v3/push", push.path());
        assertTrue(push.body().contains(sn), "the push names the box");
        Map<String, Object> logged = log(user).get(0);
        assertEquals("app", logged.get("channelId"));
        assertEquals("OFFLINE", logged.get("event"));
        assertEquals("SENT", logged.get("status"));

        // The app was uninstalled: JPush no longer knows the registration id.
        ProviderStub.shared().answer("/jpush", 400,
                "{\"error\":{\"code\":1011,\"message\":\"cannot find user by this audience\"}}");
        OneThingFixtures.simulator().setDeviceOnline(sn);
        passes.pollAllAndSend();
        assertEquals(2, pushesTo(deviceId));
        assertEquals("SUPPRESSED", log(user).get(0).get("status"), "a push no device can receive is not retried");
        sender.sendDue().await().atMost(WAIT);
        clock.advance(Duration.ofHours(2));
        sender.sendDue().await().atMost(WAIT);
        assertEquals(2, pushesTo(deviceId));

        ProviderStub.shared().reset();
        OneThingFixtures.simulator().setDeviceOffline(sn);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();
        assertEquals(2, pushesTo(deviceId), "an invalid registration id is not pushed to again");
        assertEquals(2, log(user).size());
    }

    @Test
    void appPushOffInTheProfileStopsPushes() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String sn = boundWithOneOnline(user);
        String deviceId = signedInDevice(user);
        as(user.token()).get("/api/v1/me").then().statusCode(200).body("data.notifications.appPush", equalTo(true));
        as(user.token()).body(Map.of("notifications", Map.of("appPush", false))).patch("/api/v1/me")
                .then().statusCode(200);
        as(user.token()).get("/api/v1/me").then().statusCode(200).body("data.notifications.appPush", equalTo(false));
        passes.pollAllAndSend();
        OneThingFixtures.simulator().setDeviceOffline(sn);
        passes.pollAllAndSend();
        clock.advance(PAST_CONFIRMATION);
        passes.pollAllAndSend();

        assertEquals(0, pushesTo(deviceId));
        assertTrue(log(user).isEmpty());
    }

    private String boundWithOneOnline(TestUsers.SignedUp user) {
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        String sn = upstream.devices().get(0).deviceSn();
        OneThingFixtures.simulator().setDeviceOnline(sn);
        OneThingFixtures.bind(user.token(), upstream, "Rack");
        return sn;
    }

    private static String signedInDevice(TestUsers.SignedUp user) {
        String deviceId = AppDevices.newDeviceId("push");
        given().contentType(ContentType.JSON).header("Token", user.token())
                .body(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, null))
                .post("/api/v1/devices").then().statusCode(200);
        return deviceId;
    }

    private static int pushesTo(String deviceId) {
        return ProviderStub.shared().all(request -> request.path().startsWith("/jpush") && request.body().contains(deviceId)).size();
    }

    private static List<Map<String, Object>> log(TestUsers.SignedUp user) {
        return as(user.token()).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getList("data");
    }
}
