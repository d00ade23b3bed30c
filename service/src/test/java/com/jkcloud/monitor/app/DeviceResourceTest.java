package com.jkcloud.monitor.app;

import com.jkcloud.monitor.support.AppDevices;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DeviceResourceTest {

    @Test
    void registersAnonymouslyWithTheAppsStringlyTypedValues() {
        String deviceId = AppDevices.newDeviceId("anon");
        AppDevices.register(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, new double[]{39.9042, 116.4074}), "203.0.113.7")
                .then().statusCode(200)
                .body("code", equalTo(200))
                .body("data.deviceID", equalTo(deviceId))
                .body("data.publicIp", equalTo("203.0.113.7"))
                .body("data.userId", nullValue());
    }

    @Test
    void takesTheNearestUntrustedForwardedAddressBehindTrustedProxies() {
        String deviceId = AppDevices.newDeviceId("chain");
        // The client wrote 6.6.6.6 itself; 203.0.113.9 is what our ingress (10.0.0.1) saw.
        AppDevices.register(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, null), "6.6.6.6, 203.0.113.9, 10.0.0.1")
                .then().statusCode(200)
                .body("data.publicIp", equalTo("203.0.113.9"));
        AppDevices.register(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, null), "not-an-ip, 10.0.0.1")
                .then().statusCode(200)
                .body("data.publicIp", equalTo("10.0.0.1"));
        given().contentType(ContentType.JSON)
                .body(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, null))
                .post("/api/v1/devices")
                .then().statusCode(200)
                .body("data.publicIp", equalTo("127.0.0.1"));
    }

    @Test
    void linksTheUserFromTheTokenHeaderOrTheBody() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String viaHeader = AppDevices.newDeviceId("header");
        given().contentType(ContentType.JSON).header("Token", user.token())
                .body(AppDevices.body(viaHeader, AppDevices.ordinaryPhone(), null, null))
                .post("/api/v1/devices")
                .then().statusCode(200)
                .body("data.userId", equalTo(user.id()));

        String viaBody = AppDevices.newDeviceId("body");
        Map<String, Object> body = new HashMap<>(AppDevices.body(viaBody, AppDevices.ordinaryPhone(), null, null));
        body.put("token", user.token());
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/devices")
                .then().statusCode(200)
                .body("data.userId", equalTo(user.id()));

        given().header("Authorization", "Bearer " + user.token()).get("/api/v1/devices")
                .then().statusCode(200)
                .body("data.deviceID", hasItem(viaHeader))
                .body("data.deviceID", hasItem(viaBody));
    }

    @Test
    void aBadTokenRegistersAnonymously() {
        String deviceId = AppDevices.newDeviceId("badtoken");
        given().contentType(ContentType.JSON).header("Token", "not-a-jwt")
                .body(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, null))
                .post("/api/v1/devices")
                .then().statusCode(200)
                .body("data.userId", nullValue());
    }

    @Test
    void refusesBadBodiesWithTheContractsErrors() {
        given().contentType(ContentType.JSON).body(Map.of("message", "no data"))
                .post("/api/v1/devices")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED")).body("details.field", hasItem("data"));
        given().contentType(ContentType.JSON).body(Map.of("data", Map.of("app", Map.of())))
                .post("/api/v1/devices")
                .then().statusCode(400).body("details.field", hasItem("data.deviceID"));
        Map<String, Object> phone = AppDevices.ordinaryPhone();
        phone.put("displayHeight", "tall");
        AppDevices.register(AppDevices.body(AppDevices.newDeviceId("type"), phone, null, null), "203.0.113.1")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"))
                .body("details.field", hasItem("data.device.displayHeight"));
        Map<String, Object> longModel = AppDevices.ordinaryPhone();
        longModel.put("model", "x".repeat(101));
        AppDevices.register(AppDevices.body(AppDevices.newDeviceId("size"), longModel, null, null), "203.0.113.1")
                .then().statusCode(400).body("details.field", hasItem("data.device.model"));
        AppDevices.register(AppDevices.body("has spaces/and slashes", AppDevices.ordinaryPhone(), null, null), "203.0.113.1")
                .then().statusCode(400).body("details.field", hasItem("data.deviceID"));
        AppDevices.register(AppDevices.body(AppDevices.newDeviceId("lat"), AppDevices.ordinaryPhone(), null, new double[]{91, 0}), "203.0.113.1")
                .then().statusCode(400).body("details.field", hasItem("data.location.latitude"));
        given().contentType(ContentType.JSON).body("{\"data\": {\"deviceID\": ")
                .post("/api/v1/devices")
                .then().statusCode(400).body("error", equalTo("MALFORMED_JSON"));
    }

    @Test
    void logoutSoftDeletesAndTheNextRegistrationRevives() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String phone = AppDevices.newDeviceId("phone");
        String tablet = AppDevices.newDeviceId("tablet");
        for (String deviceId : new String[]{phone, tablet}) {
            given().contentType(ContentType.JSON).header("Token", user.token())
                    .body(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, null))
                    .post("/api/v1/devices").then().statusCode(200);
        }

        given().contentType(ContentType.JSON).body(Map.of("message", "logout", "token", user.token(), "deviceID", phone))
                .delete("/api/v1/devices")
                .then().statusCode(200).body("data.devices", equalTo(1));
        given().header("Token", user.token()).get("/api/v1/devices")
                .then().statusCode(200)
                .body("data.deviceID", not(hasItem(phone)))
                .body("data.deviceID", hasItem(tablet));
        // The record is kept: heartbeats from it are still judged (and answered), not "unknown device".
        AppDevices.heartbeat(phone, AppDevices.newPublicIp()).then().statusCode(200);

        given().contentType(ContentType.JSON).header("Token", user.token())
                .body(AppDevices.body(phone, AppDevices.ordinaryPhone(), null, null))
                .post("/api/v1/devices").then().statusCode(200);
        given().header("Token", user.token()).get("/api/v1/devices")
                .then().body("data.deviceID", hasItem(phone));

        given().contentType(ContentType.JSON).header("Token", user.token()).body(Map.of("message", "logout"))
                .delete("/api/v1/devices")
                .then().statusCode(200).body("data.devices", equalTo(2));
        given().header("Token", user.token()).get("/api/v1/devices")
                .then().body("data.size()", equalTo(0));
    }

    @Test
    void logoutNeedsATokenAndADeviceOfTheCaller() {
        given().contentType(ContentType.JSON).body(Map.of("message", "logout"))
                .delete("/api/v1/devices")
                .then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        TestUsers.SignedUp user = TestUsers.newUser();
        given().contentType(ContentType.JSON).body(Map.of("token", user.token(), "deviceID", AppDevices.newDeviceId("other")))
                .delete("/api/v1/devices")
                .then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        given().get("/api/v1/devices").then().statusCode(401);
    }
}
