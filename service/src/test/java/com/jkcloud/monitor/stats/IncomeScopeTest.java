package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.DailyIncomeRepository;
import com.jkcloud.monitor.common.time.ChinaDates;
import com.jkcloud.monitor.simulator.SimulatedIncome;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class IncomeScopeTest {

    @Inject
    Clock clock;

    @Inject
    DailyIncomeRepository dailyIncomes;

    @Test
    void figuresCoverOneAccountOrOneGroupWhenAsked() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound first = OneThingFixtures.bindNew(user.token(), 2);
        OneThingFixtures.Bound second = OneThingFixtures.bindNew(user.token(), 3);
        LocalDate yesterday = ChinaDates.yesterday(clock);

        JsonPath ofFirst = stats(user, "days=7&accountId=" + first.accountId());
        assertEquals(0, yesterdayOf(first.upstream(), yesterday).compareTo(Json.decimal(ofFirst, "data.yesterdayTotal")));
        assertEquals(2, ofFirst.getInt("data.deviceCount"));
        assertEquals(0, first.upstream().totalIncome().compareTo(Json.decimal(ofFirst, "data.totalIncome")));

        String group = given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("name", "Second"))
                .post("/api/v1/groups").then().statusCode(201).extract().path("data.id");
        given().auth().oauth2(user.token()).contentType(ContentType.JSON).body(Map.of("groupId", group))
                .patch("/api/v1/accounts/" + second.accountId()).then().statusCode(200);
        JsonPath ofGroup = stats(user, "days=7&groupId=" + group);
        assertEquals(3, ofGroup.getInt("data.deviceCount"));
        assertEquals(0, second.upstream().totalIncome().compareTo(Json.decimal(ofGroup, "data.totalIncome")));
        assertEquals(0, yesterdayOf(second.upstream(), yesterday)
                .compareTo(Json.decimal(ofGroup, "data.days[6].income")));
    }

    @Test
    void aYearLongWindowComesFromTheDailyHistory() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.Bound bound = OneThingFixtures.bindNew(user.token(), 2);
        SimulatedAccount upstream = bound.upstream();
        LocalDate yesterday = ChinaDates.yesterday(clock);
        String longAgo = yesterday.minusDays(300).toString();
        dailyIncomes.upsert(new ObjectId(bound.accountId()), new ObjectId(user.id()), Map.of(longAgo, new BigDecimal("1.2345")),
                clock.instant()).await().atMost(java.time.Duration.ofSeconds(30));

        JsonPath year = stats(user, "days=365");
        List<String> dates = year.getList("data.days.date");
        assertEquals(365, dates.size());
        assertEquals(yesterday.minusDays(364).toString(), dates.get(0));
        assertEquals(yesterday.toString(), dates.get(364));
        BigDecimal seeded = upstream.dailyIncomes().stream()
                .filter(day -> !day.date().isBefore(yesterday.minusDays(364)) && !day.date().isAfter(yesterday))
                .map(SimulatedIncome::coins).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal answered = year.getList("data.days.income", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, seeded.add(new BigDecimal("1.2345")).compareTo(answered), "every stored day is in the window");
        assertEquals(new BigDecimal("1.2345"), Json.decimal(year, "data.days[" + dates.indexOf(longAgo) + "].income"),
                "a day older than the account's recent days comes from the long history");
    }

    @Test
    void badWindowsAre400AndOtherUsersIdsAre404() {
        TestUsers.SignedUp user = TestUsers.newUser();
        TestUsers.SignedUp other = TestUsers.newUser();
        String theirs = OneThingFixtures.bindNew(other.token(), 1).accountId();
        for (String bad : List.of("days=0", "days=366", "days=x", "days=7&accountId=nope", "days=7&groupId=nope")) {
            given().auth().oauth2(user.token()).get("/api/v1/stats/income?" + bad).then().statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"));
        }
        given().auth().oauth2(user.token()).get("/api/v1/stats/income?accountId=" + theirs).then().statusCode(404);
        given().auth().oauth2(user.token()).get("/api/v1/stats/income?groupId=" + new ObjectId()).then().statusCode(404);
    }

    private static BigDecimal yesterdayOf(SimulatedAccount upstream, LocalDate yesterday) {
        return upstream.dailyIncomes().stream().filter(day -> day.date().equals(yesterday))
                .map(SimulatedIncome::coins).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static JsonPath stats(TestUsers.SignedUp user, String query) {
        return Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income?" + query)
                .then().statusCode(200).extract().response());
    }
}
