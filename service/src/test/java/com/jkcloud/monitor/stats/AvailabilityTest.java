package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountRefresher;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.availability.StatusIntervalRepository;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@ResetsSimulatorAndClock
class AvailabilityTest {

    @Inject
    MutableClock clock;

    @Inject
    AccountRefresher refresher;

    @Inject
    AccountRepository accounts;

    @Inject
    StatusIntervalRepository intervals;

    @Test
    void theTimelineFollowsStatusChangesAcrossPollsWithOneDocumentPerChange() {
        Instant start = Instant.parse("2026-06-10T03:00:00Z");
        clock.freeze(start);
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.phoneAccount(1);
        String sn = upstream.devices().get(0).deviceSn();
        OneThingFixtures.simulator().setDeviceOnline(sn);
        String accountId = OneThingFixtures.bind(user.token(), upstream, "Attic").accountId(); // polled at start

        clock.freeze(start.plus(Duration.ofHours(2)));
        refresh(accountId);                                            // still online
        OneThingFixtures.simulator().setDeviceOffline(sn);
        clock.freeze(start.plus(Duration.ofHours(4)));
        refresh(accountId);                                            // offline from +4h
        clock.freeze(start.plus(Duration.ofHours(5)));
        refresh(accountId);                                            // still offline
        OneThingFixtures.simulator().setDeviceOnline(sn);
        clock.freeze(start.plus(Duration.ofHours(6)));
        refresh(accountId);                                            // online again from +6h
        clock.freeze(start.plus(Duration.ofMinutes(390)));
        refresh(accountId);                                            // a quiet poll: nothing changes
        Instant now = start.plus(Duration.ofHours(7));
        clock.freeze(now);

        JsonPath availability = Json.exact(given().auth().oauth2(user.token())
                .get("/api/v1/fleet/devices/" + sn + "/availability?days=1").then().statusCode(200).extract().response());
        long from = now.minus(Duration.ofDays(1)).toEpochMilli();
        assertEquals(sn, availability.getString("data.deviceSn"));
        assertEquals(from, availability.getLong("data.from"));
        assertEquals(now.toEpochMilli(), availability.getLong("data.to"));
        List<Map<String, Object>> timeline = availability.getList("data.timeline");
        assertEquals(List.of("unknown", "online", "offline", "online"), timeline.stream().map(s -> s.get("status")).toList());
        List<Long> bounds = List.of(from, ms(start), ms(start.plus(Duration.ofHours(4))), ms(start.plus(Duration.ofHours(6))));
        for (int i = 0; i < timeline.size(); i++) {
            assertEquals(bounds.get(i), ((Number) timeline.get(i).get("from")).longValue(), "stretch " + i + " starts");
            long end = i + 1 < timeline.size() ? bounds.get(i + 1) : now.toEpochMilli();
            assertEquals(end, ((Number) timeline.get(i).get("to")).longValue(), "contiguous: stretch " + i + " ends where the next starts");
        }
        // known 7 h, online 4 h + 1 h
        assertEquals(new BigDecimal("0.7143"), Json.decimal(availability, "data.uptime"));
        assertEquals(3L, intervals.count("deviceSn", sn).await().atMost(WAIT), "one document per status, not per poll");

        JsonPath device = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/fleet/devices/" + sn)
                .then().statusCode(200).extract().response());
        assertEquals("Attic", device.getString("data.accountName"));
        assertEquals(accountId, device.getString("data.accountId"));
        assertEquals("online", device.getString("data.status"));
        assertEquals(ms(start.plus(Duration.ofHours(6))), device.getLong("data.updatedAt"), "when the box last changed, not the quiet poll");
        assertEquals(new BigDecimal("0.7143"), Json.decimal(device, "data.uptime24h"));
        assertEquals(new BigDecimal("0.7143"), Json.decimal(device, "data.uptime30d"));

        String group = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("name", "Loft"))
                .post("/api/v1/groups").then().statusCode(201).extract().path("data.id");
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("groupId", group))
                .patch("/api/v1/accounts/" + accountId).then().statusCode(200);
        given().auth().oauth2(user.token()).get("/api/v1/fleet/devices/" + sn).then().body("data.groupId", equalTo(group));
    }

    @Test
    void badWindowsAre400AndOtherUsersDevicesAre404() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        TestUsers.SignedUp other = TestUsers.newUser();
        String sn = OneThingFixtures.bindNew(owner.token(), 1).upstream().devices().get(0).deviceSn();

        for (String days : List.of("0", "91", "x", "-3")) {
            given().auth().oauth2(owner.token()).get("/api/v1/fleet/devices/" + sn + "/availability?days=" + days)
                    .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"));
        }
        given().auth().oauth2(owner.token()).get("/api/v1/fleet/devices/" + sn + "/availability?days=90").then().statusCode(200);
        given().auth().oauth2(other.token()).get("/api/v1/fleet/devices/" + sn).then().statusCode(404);
        given().auth().oauth2(other.token()).get("/api/v1/fleet/devices/" + sn + "/availability").then().statusCode(404);
        given().auth().oauth2(owner.token()).get("/api/v1/fleet/devices/NO-SUCH-SN").then().statusCode(404);
    }

    private void refresh(String accountId) {
        refresher.refresh(accounts.findById(new ObjectId(accountId)).await().atMost(WAIT)).await().atMost(WAIT);
    }

    private static long ms(Instant instant) {
        return instant.toEpochMilli();
    }
}
