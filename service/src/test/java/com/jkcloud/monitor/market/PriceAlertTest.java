package com.jkcloud.monitor.market;

import com.jkcloud.monitor.outbox.OutboxMail;
import com.jkcloud.monitor.outbox.OutboxRepository;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static com.jkcloud.monitor.support.TestDurations.WAIT;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class PriceAlertTest {

    @Inject
    MarketService market;

    @Inject
    PriceAlertService alerts;

    @Inject
    OutboxRepository outbox;

    @Inject
    MutableClock clock;

    @Test
    void eachCrossingFiresOnceAndAgainOnlyAfterThePriceWentBack() {
        TestUsers.SignedUp user = TestUsers.newUser();
        scrape("3.0000");
        String id = add(user.token(), Map.of("currency", "USDT", "above", 5, "below", 2)).getString("data.id");

        scrape("6.0000");
        assertEquals(1, notices(user), "crossed above");
        scrape("7.0000");
        scrape("6.5000");
        assertEquals(1, notices(user), "still above: no new notice");

        scrape("4.0000");
        scrape("5.5000");
        assertEquals(2, notices(user), "back under, then above again");

        scrape("1.5000");
        assertEquals(3, notices(user), "crossed below");

        // a failed scrape never fires, even when the last good price would
        scrape("3.0000");
        OneThingFixtures.simulator().breakPricePage(true);
        market.refresh();
        assertEquals(3, notices(user));

        List<OutboxMail> sent = outbox.list("ownerId", new ObjectId(user.id())).await().atMost(WAIT);
        assertTrue(sent.stream().anyMatch(mail -> mail.subject.contains("跌至 1.5000 USDT")),
                sent.stream().map(mail -> mail.subject).toList().toString());
        given().auth().oauth2(user.token()).get("/api/v1/price-alerts").then().statusCode(200)
                .body("data[0].id", equalTo(id)).body("data[0].lastFiredAt", notNullValue());
    }

    @Test
    void anAlertAlreadyPastItsThresholdWaitsForACrossing() {
        TestUsers.SignedUp user = TestUsers.newUser();
        // ETH is a hundredth of the USDT price here
        scrape("5.0000");
        add(user.token(), Map.of("currency", "ETH", "above", 0.01));
        scrape("6.0000");
        assertEquals(0, notices(user));
        scrape("0.5000");
        scrape("2.0000");
        assertEquals(1, notices(user));
    }

    @Test
    void replicasCheckingOnePriceAtOnceFireItOnce() {
        TestUsers.SignedUp user = TestUsers.newUser();
        scrape("3.0000");
        add(user.token(), Map.of("currency", "USDT", "above", 100));

        CountDownLatch start = new CountDownLatch(1);
        Instant at = clock.instant();
        List<CompletableFuture<Integer>> replicas = IntStream.range(0, 8).mapToObj(replica -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            // each replica scraped at its own instant, so only the store's flip keeps it to one notice
            return alerts.check(new BigDecimal("0.03"), new BigDecimal("150"), at.plusMillis(replica)).await().atMost(WAIT);
        })).toList();
        start.countDown();
        replicas.forEach(CompletableFuture::join);

        assertEquals(1, notices(user));
    }

    @Test
    void historyListsTheScrapesOldestFirstAndRefusesBadDays() {
        // a day no other test scrapes on, with the clock stopped so each scrape's instant is known
        Instant first = Instant.parse("2026-09-01T00:00:00Z");
        clock.freeze(first);
        setPrice("2.0000");
        market.refresh();
        clock.freeze(first.plus(Duration.ofMinutes(10)));
        setPrice("2.5000");
        market.refresh();
        clock.freeze(first.plus(Duration.ofMinutes(20)));
        OneThingFixtures.simulator().breakPricePage(true);
        market.refresh();
        OneThingFixtures.simulator().breakPricePage(false);

        JsonPath history = Json.exact(given().get("/api/v1/market/history?days=1").then().statusCode(200).extract().response());
        List<Long> at = history.getList("data.points.at", Long.class);
        for (int index = 1; index < at.size(); index++) {
            assertTrue(at.get(index - 1) <= at.get(index), "oldest first");
        }
        assertEquals(List.of(first.toEpochMilli(), first.plus(Duration.ofMinutes(10)).toEpochMilli()),
                at.stream().filter(point -> point >= first.toEpochMilli()).toList(), "the failed scrape left no point");
        int last = at.size() - 1;
        assertEquals(0, new BigDecimal("2.5").compareTo(Json.decimal(history, "data.points[" + last + "].usdt")));
        assertEquals(0, new BigDecimal("2.0").compareTo(Json.decimal(history, "data.points[" + (last - 1) + "].usdt")));

        for (String days : List.of("0", "366", "-1", "seven")) {
            given().get("/api/v1/market/history?days=" + days).then().statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED")).body("details.field", hasItem("days"));
        }
        given().get("/api/v1/market/history").then().statusCode(200);
    }

    @Test
    void badAlertsAreRefusedAndOnlyTheOwnerDeletes() {
        TestUsers.SignedUp user = TestUsers.newUser();
        refused(user.token(), Map.of("currency", "BTC", "above", 1), "currency");
        refused(user.token(), Map.of("currency", "USDT"), "above");
        refused(user.token(), Map.of("currency", "USDT", "above", -1), "above");
        refused(user.token(), Map.of("currency", "USDT", "above", 2, "below", 3), "below");
        String id = add(user.token(), Map.of("currency", "USDT", "below", 1)).getString("data.id");

        TestUsers.SignedUp stranger = TestUsers.newUser();
        given().auth().oauth2(stranger.token()).delete("/api/v1/price-alerts/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.token()).delete("/api/v1/price-alerts/not-an-id").then().statusCode(404);
        given().auth().oauth2(user.token()).delete("/api/v1/price-alerts/" + id).then().statusCode(200);
        given().auth().oauth2(user.token()).get("/api/v1/price-alerts").then().body("data.size()", equalTo(0));
    }

    /** The price page shows {@code usdt}, and a hundredth of it in ETH. */
    private static void setPrice(String usdt) {
        OneThingFixtures.simulator().setPrice(new BigDecimal("0.0100").multiply(new BigDecimal(usdt)), new BigDecimal(usdt));
    }

    private void scrape(String usdt) {
        setPrice(usdt);
        clock.advance(Duration.ofSeconds(1));
        market.refresh();
    }

    private long notices(TestUsers.SignedUp user) {
        return outbox.count("ownerId", new ObjectId(user.id())).await().atMost(WAIT);
    }

    private static JsonPath add(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/price-alerts")
                .then().statusCode(201).extract().jsonPath();
    }

    private static void refused(String token, Map<String, Object> body, String field) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/price-alerts")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED")).body("details.field", hasItem(field));
    }
}
