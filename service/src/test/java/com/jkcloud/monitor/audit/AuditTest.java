package com.jkcloud.monitor.audit;

import com.jkcloud.monitor.support.Authenticator;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class AuditTest {

    private static final String AGENT = "audit-test-agent/1.0";
    private static final String IP = "203.0.113.77";

    @Inject
    MutableClock clock;

    @Test
    void everyActionOfAUserIsRecordedNewestFirstWithIpAndUserAgent() {
        clock.freeze(MutableClock.START.plusSeconds(15));
        String username = TestUsers.uniqueEmail("audit");
        String token = from().body(Map.of("username", username, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/register").then().statusCode(201).extract().path("data.token");
        from().body(Map.of("username", username, "password", "not-the-password")).post("/api/v1/auth/login")
                .then().statusCode(401);
        String second = from().body(Map.of("username", username, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("data.token");
        String secondId = as(token).get("/api/v1/me/sessions").then().extract().path("data.find { !it.current }.id");
        as(token).delete("/api/v1/me/sessions/" + secondId).then().statusCode(200);

        String accountId = as(token).body(Map.of("username", OneThingFixtures.phoneAccount(1).username(),
                "password", OneThingFixtures.UPSTREAM_PASSWORD)).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("data.id");
        as(token).delete("/api/v1/accounts/" + accountId).then().statusCode(200);
        String channelId = as(token).body(Map.of("name", "audit", "url", "schan://SCT1audit" + System.nanoTime()))
                .post("/api/v1/notification-channels").then().statusCode(201).extract().path("data.id");
        as(token).delete("/api/v1/notification-channels/" + channelId).then().statusCode(200);
        int withdrawal = as(token).header("Idempotency-Key", "audit-" + System.nanoTime()).body(Map.of())
                .post("/api/v1/withdrawals").statusCode();

        String secret = as(token).post("/api/v1/me/2fa").then().statusCode(200).extract().path("data.secret");
        as(token).body(Map.of("code", Authenticator.code(secret, clock.instant()))).post("/api/v1/me/2fa/confirm")
                .then().statusCode(200);
        clock.freeze(clock.instant().plusSeconds(30));
        String off = Authenticator.code(secret, clock.instant());
        as(token).header("X-OTP", off).body(Map.of("code", off)).delete("/api/v1/me/2fa").then().statusCode(200);
        as(token).body(Map.of("oldPassword", TestUsers.PASSWORD, "newPassword", "audit-password-2"))
                .put("/api/v1/auth/password").then().statusCode(200);
        String last = from().body(Map.of("username", username, "password", "audit-password-2"))
                .post("/api/v1/auth/login").then().statusCode(200).extract().path("data.token");

        var audit = as(last).get("/api/v1/me/audit?limit=50").then().statusCode(200)
                .body("data.ip", everyItem(equalTo(IP)))
                .body("data.userAgent", everyItem(equalTo(AGENT)))
                .extract().jsonPath();
        List<String> actions = audit.getList("data.action", String.class);
        List<String> expected = new ArrayList<>(List.of("LOGIN", "PASSWORD_CHANGED", "TWO_FACTOR_DISABLED", "TWO_FACTOR_ENABLED"));
        if (withdrawal / 100 == 2) {
            expected.add("WITHDRAWAL");
        }
        expected.addAll(List.of("CHANNEL_REMOVED", "CHANNEL_ADDED", "ACCOUNT_UNBOUND", "ACCOUNT_BOUND",
                "SESSION_REVOKED", "LOGIN", "LOGIN_FAILED"));
        assertEquals(expected, actions, "newest first");
        assertEquals(accountId, audit.getString("data.find { it.action == 'ACCOUNT_UNBOUND' }.details.accountId"));
        List<Long> times = audit.getList("data.at", Long.class);
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i - 1) >= times.get(i), "newest first");
        }
        as(last).get("/api/v1/me/audit?limit=2").then().statusCode(200).body("data.action", equalTo(List.of("LOGIN", "PASSWORD_CHANGED")));
    }

    @Test
    void aLockIsRecordedAndAPasswordResetToo() {
        TestUsers.SignedUp user = TestUsers.newUser();
        for (int i = 0; i < 5; i++) {
            from().body(Map.of("username", user.username(), "password", "wrong-password-" + i)).post("/api/v1/auth/login");
        }
        as(TestUsers.admin().token()).get("/api/v1/admin/audit?userId=" + user.id() + "&action=LOCKED")
                .then().statusCode(200).body("data.action", equalTo(List.of("LOCKED")))
                .body("data[0].userId", equalTo(user.id()));
        as(TestUsers.admin().token()).get("/api/v1/admin/audit?userId=" + user.id() + "&action=login_failed&limit=500")
                .then().statusCode(200).body("data.size()", equalTo(5));
    }

    @Test
    void adminsSeeEveryonesTrailNarrowedByUserAndActionAndTheirOwnChanges() {
        TestUsers.SignedUp admin = TestUsers.admin();
        TestUsers.SignedUp user = TestUsers.newUser();
        TestUsers.login(user.username(), TestUsers.PASSWORD).then().statusCode(200);
        as(admin.token()).body(Map.of("deviceID", "audit-listed-" + System.nanoTime(), "reason", "audit"))
                .post("/api/v1/admin/risk/blacklist").then().statusCode(org.hamcrest.Matchers.lessThan(300));
        as(admin.token()).get("/api/v1/admin/audit?action=ADMIN_CHANGE&userId=" + admin.id())
                .then().statusCode(200).body("data[0].action", equalTo("ADMIN_CHANGE"))
                .body("data[0].details.target", equalTo("risk/blacklist"))
                .body("data[0].details.method", equalTo("POST"));
        as(admin.token()).get("/api/v1/admin/audit?userId=" + user.id())
                .then().statusCode(200).body("data.userId", everyItem(equalTo(user.id())))
                .body("data.action", hasItem("LOGIN"));
        as(admin.token()).get("/api/v1/admin/audit").then().statusCode(200);
        as(user.token()).get("/api/v1/admin/audit").then().statusCode(403);
        as(user.token()).get("/api/v1/me/audit").then().statusCode(200).body("data.userId", everyItem(equalTo(user.id())));
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        TestUsers.SignedUp admin = TestUsers.admin();
        for (String query : List.of("limit=0", "limit=abc", "limit=100000", "userId=not-an-id", "action=NOPE")) {
            as(admin.token()).get("/api/v1/admin/audit?" + query).then().statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"))
                    .body("details.field", hasItem(query.substring(0, query.indexOf('='))));
        }
        as(TestUsers.newUser().token()).get("/api/v1/me/audit?limit=-1").then().statusCode(400);
    }

    @Test
    void entriesAreKeptAYearByATtlIndex() {
        var config = ConfigProvider.getConfig();
        try (MongoClient client = MongoClients.create(config.getValue("quarkus.mongodb.connection-string", String.class))) {
            List<Document> indexes = client.getDatabase(config.getValue("quarkus.mongodb.database", String.class))
                    .getCollection("audit").listIndexes().into(new ArrayList<>());
            Set<Object> ttl = indexes.stream().filter(index -> index.get("expireAfterSeconds") != null)
                    .map(index -> ((Number) index.get("expireAfterSeconds")).longValue()).collect(Collectors.toSet());
            assertEquals(Set.of(365L * 24 * 3600), ttl, "one TTL index of a year: " + indexes);
        }
    }

    private static RequestSpecification from() {
        return given().contentType(ContentType.JSON).header("User-Agent", AGENT).header("X-Forwarded-For", IP);
    }

    private static RequestSpecification as(String token) {
        return from().auth().oauth2(token);
    }
}
