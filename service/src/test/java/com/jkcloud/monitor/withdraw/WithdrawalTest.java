package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class WithdrawalTest {

    @Inject
    WithdrawalRepository withdrawals;

    @Inject
    WithdrawConfig config;

    @Inject
    MutableClock clock;

    @Test
    void drawsEveryAccountAndReportsPartialFailure() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound paying = OneThingFixtures.bindNew(user.token(), 2);
        OneThingFixtures.Bound refusing = OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.simulator().failWithdrawals(refusing.upstream().username(), "提现失败：账户异常");
        BigDecimal expected = withdrawable(paying.upstream());

        JsonPath result = Json.exact(withdraw(user.token(), UUID.randomUUID().toString(), "{}")
                .then().statusCode(200).body("data.results", hasSize(2)).extract().response());

        assertEquals("DONE", status(result, paying.accountId()));
        assertEquals(expected, amount(result, paying.accountId()));
        assertEquals("FAILED", status(result, refusing.accountId()));
        assertEquals("提现失败：账户异常", message(result, refusing.accountId()));
        assertEquals(expected, Json.decimal(result, "data.total"));
        assertEquals(1, paying.upstream().drawCount());
        assertEquals(0, BigDecimal.ZERO.compareTo(withdrawable(paying.upstream())), "upstream has nothing left");

        // the stats no longer show the coins that are gone
        JsonPath stats = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income").then().extract().response());
        assertEquals(withdrawable(refusing.upstream()), Json.decimal(stats, "data.withdrawable"));
        assertEquals(1, refusing.upstream().drawRequests(), "a business refusal is not sent again");
    }

    @Test
    void aReplayedKeyAnswersTheSameResultAndDrawsNothingAgain() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        String key = UUID.randomUUID().toString();
        String first = withdraw(user.token(), key, "{}").then().statusCode(200).extract().asString();
        String replay = withdraw(user.token(), key, "{}").then().statusCode(200).extract().asString();

        assertEquals(new JsonPath(first).getString("data.id"), new JsonPath(replay).getString("data.id"));
        assertEquals(new JsonPath(first).getList("data.results"), new JsonPath(replay).getList("data.results"));
        assertEquals(1, bound.upstream().drawCount());

        // a new key on an emptied account skips it, and a withdrawal that drew nothing leaves no row
        withdraw(user.token(), UUID.randomUUID().toString(), "{}")
                .then().statusCode(200).body("data.results[0].status", equalTo("SKIPPED")).body("data.total", equalTo(0.0f));
        assertEquals(1, bound.upstream().drawCount());
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void concurrentRequestsWithOneKeyDrawOnce() throws Exception {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.simulator().setLatency(java.time.Duration.ofMillis(150));
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> requests = java.util.stream.IntStream.range(0, 4)
                .mapToObj(attempt -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return withdraw(user.token(), key, "{}");
                })).toList();
        start.countDown();
        List<Response> answers = requests.stream().map(CompletableFuture::join).toList();

        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
        }
        assertEquals(1, answers.stream().map(answer -> answer.jsonPath().getString("data.id")).distinct().count());
        assertEquals(1, bound.upstream().drawCount(), "drawn exactly once");
    }

    @Test
    void twoKeysAtOnceForOneAccountDrawItOnce() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        BigDecimal expected = withdrawable(bound.upstream());
        OneThingFixtures.simulator().setLatency(Duration.ofMillis(150));

        List<Response> answers = inParallel(2, 2, attempt -> withdraw(user.token(), "tab-" + attempt + "-" + UUID.randomUUID(), "{}"));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.asString()));
        assertEquals(1, bound.upstream().drawCount(), "the app and the web drew the account once between them");
        assertEquals(expected, answers.stream().map(answer -> Json.decimal(Json.exact(answer), "data.total"))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(List.of("DONE", "SKIPPED"), answers.stream()
                .map(answer -> answer.jsonPath().getString("data.results[0].status")).sorted().toList());
    }

    @Test
    void hundredsOfParallelRequestsWithDistinctKeysDrawEachAccountOnce() {
        TestUsers.SignedUp user = TestUsers.newUser();
        List<OneThingFixtures.Bound> bound = List.of(OneThingFixtures.bindNew(user.token(), 1),
                OneThingFixtures.bindNew(user.token(), 2), OneThingFixtures.bindNew(user.token(), 1));
        BigDecimal expected = bound.stream().map(account -> withdrawable(account.upstream())).reduce(BigDecimal.ZERO, BigDecimal::add);

        // 200 requests, 40 in flight at once; a patient client, as the machine running the tests may be busy
        RestAssuredConfig patient = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 180_000).setParam("http.connection.timeout", 60_000));
        List<Response> answers = inParallel(200, 40, attempt -> given().config(patient).auth().oauth2(user.token())
                .contentType(ContentType.JSON).header("Idempotency-Key", "burst-" + attempt + "-" + UUID.randomUUID()).body("{}")
                .post("/api/v1/withdrawals"));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.asString()));
        bound.forEach(account -> assertEquals(1, account.upstream().drawCount(), account.accountId() + " drawn once"));
        assertEquals(0, expected.compareTo(bound.stream().map(account -> account.upstream().drawnTotal())
                .reduce(BigDecimal.ZERO, BigDecimal::add)), "all of it, once");
        for (OneThingFixtures.Bound account : bound) {
            List<String> statuses = answers.stream().map(answer -> status(answer.jsonPath(), account.accountId())).toList();
            assertTrue(statuses.stream().filter("DONE"::equals).count() <= 1, "reported drawn at most once: " + statuses);
            // on a loaded machine an upstream call may time out; the answer then says the draw is unconfirmed
            assertTrue(statuses.contains("DONE") || statuses.contains("FAILED"), statuses.toString());
        }
        List<BigDecimal> totals = answers.stream().map(answer -> Json.decimal(Json.exact(answer), "data.total")).toList();
        assertTrue(expected.compareTo(totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)) >= 0);
        long stored = answers.stream().filter(answer -> !answer.jsonPath().getList("data.results.status").stream()
                .allMatch("SKIPPED"::equals)).count();
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().statusCode(200)
                .body("data", hasSize((int) stored));
    }

    @Test
    void anAbandonedWithdrawalWhoseDrawWentThroughIsSettledFromHistoryNotDrawnAgain() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        BigDecimal amount = withdrawable(bound.upstream());
        String key = UUID.randomUUID().toString();
        Withdrawal crashed = crashedMidDraw(user, bound, key, amount);
        // the crashed replica's draw reached upstream before it died
        assertNull(bound.upstream().draw(amount, null));

        JsonPath answer = Json.exact(withdraw(user.token(), key, "{}").then().statusCode(200).extract().response());

        assertEquals(crashed.id.toHexString(), answer.getString("data.id"));
        assertEquals("DONE", status(answer, bound.accountId()));
        assertEquals(amount, amount(answer, bound.accountId()));
        assertEquals(1, bound.upstream().drawCount(), "not drawn a second time");
        assertEquals(1, bound.upstream().drawRequests());
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].completedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anAbandonedWithdrawalWhoseDrawNeverArrivedIsDrawnOnceByTheNextRequest() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 1);
        BigDecimal amount = withdrawable(bound.upstream());
        String crashedKey = UUID.randomUUID().toString();
        crashedMidDraw(user, bound, crashedKey, amount);

        // a new request (another key) settles the abandoned one first: it draws, the new one finds nothing left
        Response fresh = withdraw(user.token(), UUID.randomUUID().toString(), "{}");
        assertEquals(200, fresh.statusCode(), fresh.asString());
        assertEquals("SKIPPED", fresh.jsonPath().getString("data.results[0].status"));
        assertEquals(1, bound.upstream().drawCount());

        JsonPath replay = Json.exact(withdraw(user.token(), crashedKey, "{}").then().statusCode(200).extract().response());
        assertEquals("DONE", status(replay, bound.accountId()));
        assertEquals(amount, amount(replay, bound.accountId()));
        assertEquals(1, bound.upstream().drawCount());
    }

    @Test
    void theIncomePageThePlanTheFleetAndTheDrawShowOneAmount() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = awkwardAccount(7);
        OneThingFixtures.Bound bound = OneThingFixtures.bind(user.token(), upstream, null);
        BigDecimal expected = withdrawable(upstream);

        BigDecimal income = Json.decimal(Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income")
                .then().statusCode(200).extract().response()), "data.withdrawable");
        JsonPath plan = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/withdrawals/plan")
                .then().statusCode(200).extract().response());
        JsonPath fleet = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/fleet")
                .then().statusCode(200).extract().response());
        List<BigDecimal> rows = fleet.getList("data.devices.withdrawable").stream().map(value -> new BigDecimal(value.toString())).toList();
        List<BigDecimal> incomeRows = fleet.getList("data.devices.totalIncome").stream().map(value -> new BigDecimal(value.toString())).toList();

        assertEquals(expected, income);
        assertEquals(expected, Json.decimal(plan, "data.total"));
        assertEquals(expected, Json.decimal(plan, "data.accounts[0].amount"));
        assertEquals(expected, Json.decimal(fleet, "data.withdrawable"));
        assertEquals(7, rows.size());
        assertEquals(0, expected.compareTo(rows.stream().reduce(BigDecimal.ZERO, BigDecimal::add)), "device rows add up: " + rows);
        assertEquals(0, upstream.totalIncome().compareTo(incomeRows.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));

        JsonPath drawn = Json.exact(withdraw(user.token(), UUID.randomUUID().toString(), "{}")
                .then().statusCode(200).extract().response());
        assertEquals(expected, Json.decimal(drawn, "data.total"));
        assertEquals(0, expected.compareTo(upstream.drawnTotal()));

        // nothing left: the plan offers 0 and a withdraw-all writes no row
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals/plan").then().statusCode(200)
                .body("data.total", equalTo(0.0f)).body("data.accounts[0].accountId", equalTo(bound.accountId()));
        withdraw(user.token(), UUID.randomUUID().toString(), "{}").then().statusCode(200).body("data.total", equalTo(0.0f));
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().statusCode(200).body("data", hasSize(1));
    }

    /** An upstream account whose withdrawable does not divide evenly over its devices. */
    private static SimulatedAccount awkwardAccount(int devices) {
        for (int attempt = 0; attempt < 20; attempt++) {
            SimulatedAccount candidate = OneThingFixtures.phoneAccount(devices);
            if (withdrawable(candidate).unscaledValue().mod(java.math.BigInteger.valueOf(devices)).signum() != 0) {
                return candidate;
            }
        }
        throw new AssertionError("no awkward amount in 20 seeds");
    }

    /** Writes what a replica leaves behind when it dies right after journaling a draw, then lets its lease run out. */
    private Withdrawal crashedMidDraw(TestUsers.SignedUp user, OneThingFixtures.Bound bound, String key, BigDecimal amount) {
        Withdrawal crashed = new Withdrawal();
        crashed.id = new ObjectId();
        crashed.ownerId = new ObjectId(user.id());
        crashed.idempotencyKey = key;
        crashed.state = Withdrawal.State.IN_PROGRESS;
        crashed.accountIds = List.of(new ObjectId(bound.accountId()));
        crashed.runId = "replica-that-died";
        crashed.createdAt = clock.instant();
        crashed.leaseUntil = clock.instant().plus(config.inProgressTimeout());
        Withdrawal.PendingDraw pending = new Withdrawal.PendingDraw();
        pending.amount = amount;
        pending.outcomeBefore = bound.upstream().totalWithdrawn();
        crashed.drawing = new HashMap<>(Map.of(bound.accountId(), pending));
        withdrawals.persist(crashed).await().indefinitely();
        clock.advance(config.inProgressTimeout().plusSeconds(1));
        return crashed;
    }

    private static List<Response> inParallel(int requests, int threads, IntFunction<Response> call) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> sent = IntStream.range(0, requests)
                    .mapToObj(attempt -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return call.apply(attempt);
                    }, pool)).toList();
            start.countDown();
            return sent.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void drawsOnlyTheNamedAccountsOfTheCaller() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound chosen = OneThingFixtures.bindNew(user.token(), 1);
        OneThingFixtures.Bound other = OneThingFixtures.bindNew(user.token(), 1);
        withdraw(user.token(), UUID.randomUUID().toString(), "{\"accountIds\": [\"" + chosen.accountId() + "\"]}")
                .then().statusCode(200).body("data.results", hasSize(1));
        assertEquals(1, chosen.upstream().drawCount());
        assertEquals(0, other.upstream().drawCount());

        OneThingFixtures.Bound foreign = OneThingFixtures.bindNew(TestUsers.newUser().token(), 1);
        withdraw(user.token(), UUID.randomUUID().toString(), "{\"accountIds\": [\"" + foreign.accountId() + "\"]}")
                .then().statusCode(404);
        assertEquals(0, foreign.upstream().drawCount());
    }

    @Test
    void needsAnIdempotencyKey() {
        TestUsers.SignedUp user = TestUsers.newUser();
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/withdrawals")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"));
        withdraw(user.token(), "x".repeat(200), "{}").then().statusCode(400);
        withdraw(user.token(), UUID.randomUUID().toString(), "{\"accountIds\": \"all\"}").then().statusCode(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1").body("{}")
                .post("/api/v1/withdrawals").then().statusCode(401);
    }

    private static Response withdraw(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/withdrawals");
    }

    private static BigDecimal withdrawable(SimulatedAccount account) {
        return account.totalIncome().subtract(account.totalWithdrawn()).setScale(4, RoundingMode.DOWN);
    }

    private static String status(JsonPath result, String accountId) {
        return result.getString("data.results.find { it.accountId == '" + accountId + "' }.status");
    }

    private static String message(JsonPath result, String accountId) {
        return result.getString("data.results.find { it.accountId == '" + accountId + "' }.message");
    }

    private static BigDecimal amount(JsonPath result, String accountId) {
        return Json.decimal(result, "data.results.find { it.accountId == '" + accountId + "' }.amount");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
