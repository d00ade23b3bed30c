package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.time.ChinaDates;
import com.jkcloud.monitor.market.MarketService;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedIncome;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@ResetsSimulatorAndClock
class IncomeStatsTest {

    @Inject
    MarketService market;

    @Inject
    Clock clock;

    @Test
    void figuresEqualWhatTheUpstreamSeedAddsUpTo() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount first = OneThingFixtures.bindNew(user.token(), 2).upstream();
        SimulatedAccount second = OneThingFixtures.bindNew(user.token(), 3).upstream();
        List<SimulatedAccount> upstream = List.of(first, second);
        LocalDate today = ChinaDates.today(clock);
        LocalDate yesterday = today.minusDays(1);

        JsonPath stats = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income?days=7")
                .then().statusCode(200).extract().response());

        BigDecimal yesterdayTotal = sum(upstream, day -> day.date().equals(yesterday));
        assertEquals(scaled(yesterdayTotal), Json.decimal(stats, "data.yesterdayTotal"));
        assertEquals(yesterdayTotal.divide(BigDecimal.valueOf(5), 4, RoundingMode.HALF_UP), Json.decimal(stats, "data.yesterdayAverage"),
                "yesterday's average is per device (5 devices), not per account");
        assertEquals(scaled(sum(upstream, day -> YearMonth.from(day.date()).equals(YearMonth.from(today)))),
                Json.decimal(stats, "data.monthIncome"));
        BigDecimal total = first.totalIncome().add(second.totalIncome());
        BigDecimal withdrawn = first.totalWithdrawn().add(second.totalWithdrawn());
        assertEquals(scaled(total), Json.decimal(stats, "data.totalIncome"));
        assertEquals(scaled(withdrawn), Json.decimal(stats, "data.totalWithdrawn"));
        assertEquals(scaled(total.subtract(withdrawn)), Json.decimal(stats, "data.withdrawable"));

        List<String> dates = stats.getList("data.days.date", String.class);
        assertEquals(7, dates.size());
        assertEquals(yesterday.minusDays(6).toString(), dates.get(0), "oldest first");
        assertEquals(yesterday.toString(), dates.get(6), "ending yesterday");
    }

    @Test
    void windowsCrossAMonthBoundaryWithZeroForDaysWithoutIncome() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindNew(user.token(), 2).upstream();
        LocalDate yesterday = ChinaDates.today(clock).minusDays(1);

        for (int days : List.of(1, 40, 90)) {
            JsonPath stats = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income?days=" + days)
                    .then().statusCode(200).body("data.days", hasSize(days)).extract().response());
            for (int index = 0; index < days; index++) {
                LocalDate date = yesterday.minusDays(days - 1L - index);
                assertEquals(date.toString(), stats.getString("data.days[" + index + "].date"));
                assertEquals(scaled(sum(List.of(upstream), day -> day.date().equals(date))),
                        Json.decimal(stats, "data.days[" + index + "].income"), "income of " + date);
            }
        }
    }

    @Test
    void refusesWindowsOutsideOneTo365Days() {
        String token = TestUsers.newUser().token();
        for (String days : List.of("0", "366", "-3", "seven", "1.5")) {
            given().auth().oauth2(token).get("/api/v1/stats/income?days=" + days)
                    .then().statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"))
                    .body("details.field", hasItem("days"));
        }
        given().auth().oauth2(token).get("/api/v1/stats/income").then().statusCode(200).body("data.days", hasSize(7));
        given().get("/api/v1/stats/income").then().statusCode(401);
    }

    @Test
    void pricesEveryFigureInUsdtOnceAPriceIsKnown() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindNew(user.token(), 1).upstream();
        OneThingFixtures.simulator().setPrice(new BigDecimal("0.0125"), new BigDecimal("2.5000"));
        market.refresh();

        JsonPath stats = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income")
                .then().statusCode(200).extract().response());
        BigDecimal total = Json.decimal(stats, "data.totalIncome");
        assertEquals(scaled(total.multiply(new BigDecimal("2.5"))), Json.decimal(stats, "data.totalIncomeUsdt"));
        assertNotNull(Json.decimal(stats, "data.days[0].incomeUsdt"));
        assertEquals(scaled(upstream.totalIncome()), total);
    }

    @Test
    void theFleetCountsDevicesAndYesterdaysIncomeFromTheStore() {
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindNew(user.token(), 3).upstream();
        OneThingFixtures.simulator().setErrorRate(1.0); // the fleet must not need upstream
        JsonPath fleet = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/fleet")
                .then().statusCode(200).body("data.devices", hasSize(3)).extract().response());
        int counted = fleet.getInt("data.online") + fleet.getInt("data.offline") + fleet.getInt("data.exception");
        assertEquals(3, counted);
        LocalDate yesterday = ChinaDates.today(clock).minusDays(1);
        assertEquals(scaled(sum(List.of(upstream), day -> day.date().equals(yesterday))), Json.decimal(fleet, "data.yesterdayIncome"));
        assertNull(fleet.get("data.devices[0].pwd"));
    }

    private static BigDecimal sum(List<SimulatedAccount> accounts, Predicate<SimulatedIncome> which) {
        return accounts.stream().flatMap(account -> account.dailyIncomes().stream()).filter(which)
                .map(SimulatedIncome::coins).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP);
    }
}
