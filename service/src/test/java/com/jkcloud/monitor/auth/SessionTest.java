package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class SessionTest {

    @Inject
    MutableClock clock;

    /**
     * Another replica's view of the same store: a plain driver connection, no Quarkus, no cache of ours. What it
     * deletes is what any replica's revocation deletes.
     */
    private static MongoClient otherReplica;
    private static MongoCollection<Document> storedSessions;

    @BeforeAll
    static void connectAsAnotherReplica() {
        var config = ConfigProvider.getConfig();
        otherReplica = MongoClients.create(config.getValue("quarkus.mongodb.connection-string", String.class));
        storedSessions = otherReplica.getDatabase(config.getValue("quarkus.mongodb.database", String.class))
                .getCollection("sessions");
    }

    @AfterAll
    static void disconnect() {
        otherReplica.close();
    }

    @Test
    void eachSignInIsASessionWithItsOriginAndTheCallersIsMarkedCurrent() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String phone = signIn(user.username(), "JK-Phone/2.1", "198.51.100.20");
        List<Map<String, Object>> sessions = sessionsOf(phone).getList("data");
        assertEquals(2, sessions.size(), "registration and this sign-in");
        Map<String, Object> current = sessions.stream().filter(session -> (Boolean) session.get("current")).findFirst().orElseThrow();
        assertEquals("JK-Phone/2.1", current.get("userAgent"));
        assertEquals("198.51.100.20", current.get("ip"));
        assertTrue(((Number) current.get("createdAt")).longValue() >= MutableClock.START.toEpochMilli());
        assertEquals(1, sessions.stream().filter(session -> (Boolean) session.get("current")).count());
    }

    @Test
    void aRevokedSessionsTokenIsRefusedAtOnceAndOthersKeepWorking() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String laptop = signIn(user.username(), "laptop", "198.51.100.21");
        String phone = signIn(user.username(), "phone", "198.51.100.22");
        String laptopSession = idOf(phone, "laptop");

        as(phone).delete("/api/v1/me/sessions/" + laptopSession).then().statusCode(200);
        as(laptop).get("/api/v1/me").then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        as(phone).get("/api/v1/me").then().statusCode(200);
        as(phone).delete("/api/v1/me/sessions/" + laptopSession).then().statusCode(404);
        as(phone).delete("/api/v1/me/sessions/not-an-id").then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        assertEquals(0, storedSessions.countDocuments(Filters.eq("_id", new ObjectId(laptopSession))),
                "gone from the store every replica reads");
    }

    @Test
    void nobodyElseCanRevokeMySession() {
        TestUsers.SignedUp me = TestUsers.newUser();
        TestUsers.SignedUp stranger = TestUsers.newUser();
        String mine = sessionsOf(me.token()).getString("data[0].id");
        as(stranger.token()).delete("/api/v1/me/sessions/" + mine).then().statusCode(404);
        as(me.token()).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyTheCallersSession() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String first = signIn(user.username(), "first", "198.51.100.23");
        String second = signIn(user.username(), "second", "198.51.100.24");
        String kept = signIn(user.username(), "kept", "198.51.100.25");
        as(kept).delete("/api/v1/me/sessions").then().statusCode(200);
        as(user.token()).get("/api/v1/me").then().statusCode(401);
        as(first).get("/api/v1/me").then().statusCode(401);
        as(second).get("/api/v1/me").then().statusCode(401);
        as(kept).get("/api/v1/me/sessions").then().statusCode(200).body("data", hasSize(1))
                .body("data[0].current", equalTo(true)).body("data[0].userAgent", equalTo("kept"));
    }

    @Test
    void aSessionRevokedByAnotherReplicaIsRefusedOnTheNextRequest() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String token = signIn(user.username(), "replica-test", "198.51.100.26");
        as(token).get("/api/v1/me").then().statusCode(200);
        String id = idOf(token, "replica-test");
        // the other replica answers DELETE /api/v1/me/sessions/{id}: it deletes the session from the shared store
        assertEquals(1, storedSessions.deleteOne(Filters.and(Filters.eq("_id", new ObjectId(id)),
                Filters.eq("userId", new ObjectId(user.id())))).getDeletedCount());
        as(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aPasswordChangeRevokesEverySession() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String other = signIn(user.username(), "other", "198.51.100.27");
        as(user.token()).body(Map.of("oldPassword", TestUsers.PASSWORD, "newPassword", "changed-password-1"))
                .put("/api/v1/auth/password").then().statusCode(200);
        as(user.token()).get("/api/v1/me").then().statusCode(401);
        as(other).get("/api/v1/me").then().statusCode(401);
        assertEquals(0, storedSessions.countDocuments(Filters.eq("userId", new ObjectId(user.id()))));
        String fresh = TestUsers.login(user.username(), "changed-password-1").then().statusCode(200)
                .extract().path("data.token");
        as(fresh).get("/api/v1/me/sessions").then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void lastSeenMovesWithUseButIsWrittenAtMostOnceAMinute() {
        TestUsers.SignedUp user = TestUsers.newUser();
        clock.freeze(clock.instant());
        String token = signIn(user.username(), "seen", "198.51.100.28");
        long created = lastSeen(token);
        clock.freeze(clock.instant().plusSeconds(30));
        as(token).get("/api/v1/me").then().statusCode(200);
        assertEquals(created, lastSeen(token), "not written within the minute");
        clock.freeze(clock.instant().plus(Duration.ofMinutes(5)));
        as(token).get("/api/v1/me").then().statusCode(200);
        assertEquals(clock.instant().toEpochMilli(), lastSeen(token));
        assertNull(storedSessions.find(Filters.eq("userId", new ObjectId(user.id()))).first().get("token"),
                "the store keeps no token");
    }

    private long lastSeen(String token) {
        JsonPath sessions = sessionsOf(token);
        return sessions.getLong("data.find { it.current }.lastSeenAt");
    }

    private static String idOf(String token, String userAgent) {
        return sessionsOf(token).getString("data.find { it.userAgent == '" + userAgent + "' }.id");
    }

    private static JsonPath sessionsOf(String token) {
        return as(token).get("/api/v1/me/sessions").then().statusCode(200).extract().jsonPath();
    }

    private static String signIn(String username, String userAgent, String ip) {
        return given().contentType(ContentType.JSON).header("User-Agent", userAgent).header("X-Forwarded-For", ip)
                .body(Map.of("username", username, "password", TestUsers.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("data.token");
    }

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token);
    }
}
