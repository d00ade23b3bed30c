package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.support.AppDevices;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class RiskEngineTest {

    @Inject
    MutableClock clock;

    private static List<String> registerDevices(int count, String ip) {
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String deviceId = AppDevices.newDeviceId("farm");
            AppDevices.registerOrdinary(deviceId, ip);
            devices.add(deviceId);
        }
        return devices;
    }

    /** An ordinary phone but for {@code unlike}, registered from {@code ip}; answers its device id. */
    private static String registeredPhone(String prefix, Map<String, Object> unlike, Map<String, Object> os, String ip) {
        String deviceId = AppDevices.newDeviceId(prefix);
        Map<String, Object> phone = AppDevices.ordinaryPhone();
        phone.putAll(unlike);
        AppDevices.register(AppDevices.body(deviceId, phone, os, null), ip).then().statusCode(200);
        return deviceId;
    }

    /** Five devices on one fresh IP: four beat (all still mining), then the fifth beats after {@code pause}. */
    private Response fifthHeartbeatOnOneIpAfter(Duration pause) {
        String ip = AppDevices.newPublicIp();
        List<String> devices = registerDevices(5, ip);
        for (int i = 0; i < 4; i++) {
            AppDevices.heartbeat(devices.get(i), ip).then().statusCode(200);
        }
        clock.advance(pause);
        return AppDevices.heartbeat(devices.get(4), ip);
    }

    private static JsonPath suspect(String adminToken, String deviceId) {
        List<Map<String, Object>> suspects = given().auth().oauth2(adminToken).queryParam("limit", 1000)
                .get("/api/v1/admin/risk/suspects")
                .then().statusCode(200).extract().jsonPath().getList("data");
        Map<String, Object> found = suspects.stream().filter(s -> deviceId.equals(s.get("deviceID"))).findFirst().orElse(null);
        return found == null ? null : JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(found).toString());
    }

    @Test
    void fiveDevicesMiningFromOneIpAreAllBlacklistedWithEvidence() {
        String admin = TestUsers.admin().token();
        String ip = AppDevices.newPublicIp();
        List<String> farm = registerDevices(5, ip);
        for (int i = 0; i < 4; i++) {
            AppDevices.heartbeat(farm.get(i), ip).then().statusCode(200);
        }
        AppDevices.heartbeat(farm.get(4), ip).then().statusCode(403).body("error", equalTo("BLACKLISTED")).body("code", equalTo(403));
        for (String deviceId : farm) {
            AppDevices.heartbeat(deviceId, ip).then().statusCode(403).body("error", equalTo("BLACKLISTED"));
        }

        JsonPath entry = JsonPath.from(given().auth().oauth2(admin).get("/api/v1/admin/risk/blacklist")
                .then().statusCode(200).extract().asString());
        List<Map<String, Object>> entries = entry.getList("data.findAll { it.deviceID == '" + farm.get(0) + "' }");
        assertEquals(1, entries.size());
        Map<String, Object> first = entries.get(0);
        assertEquals("SHARED_IP", first.get("rule"));
        @SuppressWarnings("unchecked") Map<String, Object> evidence = (Map<String, Object>) first.get("evidence");
        assertEquals(ip, evidence.get("ip"));
        @SuppressWarnings("unchecked") List<Map<String, Object>> beats = (List<Map<String, Object>>) evidence.get("devices");
        assertEquals(farm.stream().sorted().toList(), beats.stream().map(beat -> (String) beat.get("deviceID")).sorted().toList());
        assertTrue(beats.stream().allMatch(beat -> beat.get("at") instanceof Number));
        long createdAt = ((Number) first.get("createdAt")).longValue();
        assertEquals(Duration.ofDays(7).toMillis(), ((Number) first.get("expiresAt")).longValue() - createdAt);

        JsonPath suspect = suspect(admin, farm.get(2));
        assertEquals(100, suspect.getInt("score"));
        assertTrue(suspect.getList("reasons.rule").contains("SHARED_IP"));
        assertTrue(suspect.getList("ips").contains(ip));
    }

    @Test
    void fourDevicesOnOneIpKeepMining() {
        String ip = AppDevices.newPublicIp();
        List<String> household = registerDevices(4, ip);
        for (int round = 0; round < 2; round++) {
            for (String deviceId : household) {
                AppDevices.heartbeat(deviceId, ip).then().statusCode(200);
            }
        }
    }

    @Test
    void heartbeatsOlderThanTheWindowDoNotCount() {
        fifthHeartbeatOnOneIpAfter(Duration.ofMinutes(10)).then().statusCode(200);
    }

    @Test
    void heartbeatsJustInsideTheWindowCount() {
        fifthHeartbeatOnOneIpAfter(Duration.ofMinutes(10).minusSeconds(1)).then().statusCode(403)
                .body("error", equalTo("BLACKLISTED"));
    }

    @Test
    void theSameDeviceBeatingOftenIsOneDevice() {
        String ip = AppDevices.newPublicIp();
        String deviceId = registerDevices(1, ip).get(0);
        for (int i = 0; i < 8; i++) {
            AppDevices.heartbeat(deviceId, ip).then().statusCode(200);
        }
    }

    @Test
    void emulatorsWithTestKeysAreBlacklistedByScore() {
        String admin = TestUsers.admin().token();
        String ip = AppDevices.newPublicIp();
        String deviceId = registeredPhone("emu", Map.of("brand", "google", "model", "sdk_gphone64_x86_64",
                "product", "sdk_gphone64_x86_64",
                "fingerprint", "google/sdk_gphone64_x86_64/emu64xa:13/TE1A.220922.012/9302419:userdebug/dev-keys,test-keys"),
                null, ip);

        AppDevices.heartbeat(deviceId, ip).then().statusCode(403).body("error", equalTo("BLACKLISTED"));
        JsonPath suspect = suspect(admin, deviceId);
        assertEquals(100, suspect.getInt("score"));
        assertTrue(suspect.getList("reasons.rule").containsAll(List.of("EMULATOR", "TEST_KEYS")));
        given().auth().oauth2(admin).get("/api/v1/admin/risk/blacklist")
                .then().body("data.find { it.deviceID == '" + deviceId + "' }.rule", equalTo("SCORE"))
                .body("data.find { it.deviceID == '" + deviceId + "' }.evidence.score", equalTo(100));
    }

    @Test
    void cheapRootedPhonesScoreButStayBelowTheLimit() {
        String admin = TestUsers.admin().token();
        String ip = AppDevices.newPublicIp();
        String deviceId = registeredPhone("cheap", Map.of("brand", "Xiaomi", "model", "Redmi 5A",
                "displayWidth", "480", "displayHeight", "854"), Map.of("host", "c3-miui", "root", "true", "version", "7.1"), ip);

        AppDevices.heartbeat(deviceId, ip).then().statusCode(200);
        JsonPath suspect = suspect(admin, deviceId);
        assertEquals(60, suspect.getInt("score"));
        assertEquals(List.of("ROOTED", "LOW_RESOLUTION", "LOW_END_MODEL"), suspect.getList("reasons.rule"));
        assertFalse(suspect.getList("reasons.detail").isEmpty());
    }

    @Test
    void anOrdinaryPhoneHasNoScore() {
        String admin = TestUsers.admin().token();
        String deviceId = AppDevices.newDeviceId("clean");
        AppDevices.register(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, AppDevices.newSpot()), AppDevices.newPublicIp())
                .then().statusCode(200);
        assertEquals(null, suspect(admin, deviceId));
    }

    @Test
    void fiveDevicesAtTheSameSpotFormACluster() {
        String admin = TestUsers.admin().token();
        double[] spot = AppDevices.newSpot();
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String deviceId = AppDevices.newDeviceId("spot");
            // Within a few metres of each other: the same ~10 m spot once rounded.
            double[] nearby = {spot[0] + i * 0.000001, spot[1] - i * 0.000001};
            AppDevices.register(AppDevices.body(deviceId, AppDevices.ordinaryPhone(), null, nearby), AppDevices.newPublicIp())
                    .then().statusCode(200);
            devices.add(deviceId);
            if (i == 3) {
                for (String earlier : devices) {
                    assertEquals(null, suspect(admin, earlier), "four devices are not a cluster yet");
                }
            }
        }
        for (String deviceId : devices) {
            JsonPath suspect = suspect(admin, deviceId);
            assertEquals(30, suspect.getInt("score"));
            assertEquals(List.of("LOCATION_CLUSTER"), suspect.getList("reasons.rule"));
        }
        // One moves away: the rest are no longer a cluster.
        AppDevices.register(AppDevices.body(devices.get(0), AppDevices.ordinaryPhone(), null, AppDevices.newSpot()), AppDevices.newPublicIp())
                .then().statusCode(200);
        for (String deviceId : devices) {
            JsonPath suspect = suspect(admin, deviceId);
            assertTrue(suspect == null || suspect.getInt("score") == 0, "the cluster dissolved for " + deviceId);
        }
    }

    @Test
    void blacklistEntriesExpire() {
        String ip = AppDevices.newPublicIp();
        List<String> farm = registerDevices(5, ip);
        farm.forEach(deviceId -> AppDevices.heartbeat(deviceId, ip));
        AppDevices.heartbeat(farm.get(0), ip).then().statusCode(403);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        AppDevices.heartbeat(farm.get(0), ip).then().statusCode(403);
        clock.advance(Duration.ofMinutes(1));
        AppDevices.heartbeat(farm.get(0), ip).then().statusCode(200);
        String admin = TestUsers.admin().token(); // signed in now: a token from seven days ago has expired
        given().auth().oauth2(admin).get("/api/v1/admin/risk/blacklist")
                .then().statusCode(200).body("data.deviceID", not(hasItem(farm.get(0))));
    }

    @Test
    void operatorsListAndLiftEntriesByHand() {
        String admin = TestUsers.admin().token();
        String ip = AppDevices.newPublicIp();
        String deviceId = registerDevices(1, ip).get(0);

        given().contentType(ContentType.JSON).auth().oauth2(admin).body(Map.of("deviceID", deviceId, "reason", "reported by support"))
                .post("/api/v1/admin/risk/blacklist")
                .then().statusCode(201).body("code", equalTo(201))
                .body("data.deviceID", equalTo(deviceId)).body("data.reason", equalTo("reported by support"))
                .body("data.rule", equalTo("MANUAL"));
        AppDevices.heartbeat(deviceId, ip).then().statusCode(403).body("error", equalTo("BLACKLISTED"));
        given().auth().oauth2(admin).get("/api/v1/admin/risk/blacklist").then().body("data.deviceID", hasItem(deviceId));

        given().auth().oauth2(admin).delete("/api/v1/admin/risk/blacklist/" + deviceId).then().statusCode(200);
        AppDevices.heartbeat(deviceId, ip).then().statusCode(200);
        given().auth().oauth2(admin).delete("/api/v1/admin/risk/blacklist/" + deviceId)
                .then().statusCode(404).body("error", equalTo("NOT_FOUND"));

        given().contentType(ContentType.JSON).auth().oauth2(admin).body(Map.of("reason", "no device"))
                .post("/api/v1/admin/risk/blacklist").then().statusCode(400).body("details.field", hasItem("deviceID"));
        given().contentType(ContentType.JSON).auth().oauth2(admin).body(Map.of("deviceID", deviceId, "expiresAt", 1000))
                .post("/api/v1/admin/risk/blacklist").then().statusCode(400).body("details.field", hasItem("expiresAt"));
    }

    @Test
    void liftingAFarmDeviceKeepsItMiningWhileTheFarmIsStillThere() {
        String admin = TestUsers.admin().token();
        String ip = AppDevices.newPublicIp();
        List<String> farm = registerDevices(5, ip);
        farm.forEach(deviceId -> AppDevices.heartbeat(deviceId, ip));
        AppDevices.heartbeat(farm.get(0), ip).then().statusCode(403);

        given().auth().oauth2(admin).delete("/api/v1/admin/risk/blacklist/" + farm.get(0)).then().statusCode(200);
        AppDevices.heartbeat(farm.get(0), ip).then().statusCode(200);
        AppDevices.heartbeat(farm.get(1), ip).then().statusCode(403);
    }

    @Test
    void heartbeatsNeedARegisteredDeviceAndAValidBody() {
        AppDevices.heartbeat(AppDevices.newDeviceId("ghost"), AppDevices.newPublicIp())
                .then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/mining/heartbeats")
                .then().statusCode(400).body("details.field", hasItem("deviceID"));
    }

    @Test
    void onlyAdminsSeeOrChangeRiskData() {
        TestUsers.SignedUp user = TestUsers.newUser();
        for (String path : List.of("/api/v1/admin/risk/suspects", "/api/v1/admin/risk/blacklist")) {
            given().auth().oauth2(user.token()).get(path).then().statusCode(403).body("error", equalTo("FORBIDDEN"));
            given().get(path).then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        }
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(Map.of("deviceID", "x"))
                .post("/api/v1/admin/risk/blacklist").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("deviceID", "x"))
                .post("/api/v1/admin/risk/blacklist").then().statusCode(401);
        given().auth().oauth2(user.token()).delete("/api/v1/admin/risk/blacklist/x").then().statusCode(403);
        given().delete("/api/v1/admin/risk/blacklist/x").then().statusCode(401);
    }
}
