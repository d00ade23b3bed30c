package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class WithdrawalTest {

    @AfterEach
    void healUpstream() {
        OneThingFixtures.simulator().reset();
    }

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
        assertEquals(withdrawable(refusing.upstream()).setScale(4, RoundingMode.HALF_UP), Json.decimal(stats, "data.withdrawable"));
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

        // a new key on an emptied account skips it
        withdraw(user.token(), UUID.randomUUID().toString(), "{}")
                .then().statusCode(200).body("data.results[0].status", equalTo("SKIPPED"));
        assertEquals(1, bound.upstream().drawCount());
        given().auth().oauth2(user.token()).get("/api/v1/withdrawals").then().statusCode(200).body("data", hasSize(2));
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
