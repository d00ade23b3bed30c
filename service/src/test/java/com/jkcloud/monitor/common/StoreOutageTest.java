package com.jkcloud.monitor.common;

import com.jkcloud.monitor.common.security.Roles;
import com.jkcloud.monitor.common.store.Indexes;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static com.mongodb.client.model.Indexes.ascending;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store that is down: quick 503s in the envelope, start-up that doesn't wait, readiness that tells the truth. */
@QuarkusTest
@TestProfile(StoreOutageProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreOutageTest {

    /** The configured server selection timeout is 3 s; a few seconds of slack for a busy machine. */
    private static final Duration QUICK = Duration.ofSeconds(10);
    private static MongoServer store;

    @Inject
    Clock clock;
    @Inject
    ReactiveMongoClient mongo;

    @AfterAll
    static void stopStore() {
        if (store != null) {
            store.shutdownNow();
        }
    }

    @Test
    @Order(1)
    void startUpDoesNotWaitForTheStore() {
        // the application is up although none of its indexes could be created
        given().get("/q/health/live").then().statusCode(200);
        int pendingAtStart = pendingIndexes();
        assertTrue(pendingAtStart > 10, "indexes pending: " + pendingAtStart);

        // asking for one more returns at once (it used to hold the start-up thread 15 s per index)
        long started = System.nanoTime();
        Indexes.ensureUnique(mongo.getDatabase("jk-cloud-monitor").getCollection("outage_probe"), ascending("key"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "Indexes.ensure took " + took);
        assertEquals(pendingAtStart + 1, pendingIndexes());
    }

    @Test
    @Order(2)
    void requestsAnswer503WithinSecondsWhileTheStoreIsDown() {
        Map<String, String> newUser = Map.of("username", "outage@example.com", "password", "correct-horse-9");
        for (String path : List.of("/api/v1/auth/register", "/api/v1/auth/login")) {
            Response answer = timed(() -> given().contentType(ContentType.JSON).header("Accept-Language", "en")
                    .body(newUser).post(path));
            answer.then().statusCode(503)
                    .header("Retry-After", "5")
                    .body("code", equalTo(503))
                    .body("error", equalTo("STORE_UNAVAILABLE"))
                    .body("data", equalTo(null));
        }
        // a signed-in user whose token can't be checked is not signed out (no 401)
        timed(() -> given().auth().oauth2(validToken()).get("/api/v1/me"))
                .then().statusCode(503).body("error", equalTo("STORE_UNAVAILABLE"));
    }

    @Test
    @Order(3)
    void notReadyWhileTheIndexesCannotBeCreated() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'store-indexes' }.status", equalTo("DOWN"));
    }

    @Test
    @Order(4)
    void readyOnceTheStoreIsBackAndEveryIndexExists() {
        store = new MongoServer(new MemoryBackend());
        store.bind("127.0.0.1", StoreOutageProfile.STORE_PORT);

        awaitReady(Duration.ofSeconds(90));

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'store-indexes' }.status", equalTo("UP"));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + StoreOutageProfile.STORE_PORT)) {
            List<Document> userIndexes = client.getDatabase("jk-cloud-monitor").getCollection("users")
                    .listIndexes().into(new java.util.ArrayList<>());
            assertTrue(userIndexes.stream().anyMatch(index -> index.get("key", Document.class).containsKey("username")
                    && Boolean.TRUE.equals(index.getBoolean("unique"))), "unique username index: " + userIndexes);
        }
        Map<String, String> newUser = Map.of("username", "back@example.com", "password", "correct-horse-9");
        given().contentType(ContentType.JSON).body(newUser).post("/api/v1/auth/register").then().statusCode(201);
        given().contentType(ContentType.JSON).body(newUser).post("/api/v1/auth/register").then().statusCode(409);
    }

    private static int pendingIndexes() {
        return given().get("/q/health/ready").then().statusCode(503)
                .extract().path("checks.find { it.name == 'store-indexes' }.data.pending");
    }

    private static Response timed(Supplier<Response> request) {
        long started = System.nanoTime();
        Response answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(QUICK) < 0, "answered in " + took);
        return answer;
    }

    private String validToken() {
        Instant now = clock.instant();
        return Jwt.issuer("jk-cloud-monitor").subject(new ObjectId().toHexString()).upn("outage@example.com")
                .groups(Set.of(Roles.USER)).claim("tv", 0)
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))).sign();
    }

    /** Polls readiness (each answer takes a while anyway while anything is down) until UP or the deadline. */
    private static void awaitReady(Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = given().get("/q/health/ready").statusCode();
            if (status == 200) {
                return;
            }
            pause();
        }
        assertEquals(200, status, "readiness after the store came back");
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
