package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.jkcloud.monitor.simulator.SimulatedIncome;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Income days are China days: the figures turn over at 16:00 UTC, at a month's end and at a year's end too. */
@QuarkusTest
@ResetsSimulatorAndClock
class ChinaDateBoundariesTest {

    @Inject
    MutableClock clock;

    @ParameterizedTest(name = "{0} is China day {1}")
    @CsvSource({
            "2026-06-10T15:59:59Z, 2026-06-10",
            "2026-06-10T16:00:00Z, 2026-06-11",
            "2026-06-30T15:59:59Z, 2026-06-30",
            "2026-06-30T16:00:00Z, 2026-07-01",
            "2026-12-31T15:59:59Z, 2026-12-31",
            "2026-12-31T16:00:00Z, 2027-01-01",
    })
    void yesterdayAndThisMonthAreChinaDays(String instant, String chinaToday) {
        clock.freeze(Instant.parse(instant));
        LocalDate today = LocalDate.parse(chinaToday);
        LocalDate yesterday = today.minusDays(1);
        TestUsers.SignedUp user = TestUsers.newUser();
        SimulatedAccount upstream = OneThingFixtures.bindNew(user.token(), 2).upstream();

        JsonPath stats = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income?days=3")
                .then().statusCode(200).extract().response());

        assertEquals(List.of(yesterday.minusDays(2).toString(), yesterday.minusDays(1).toString(), yesterday.toString()),
                stats.getList("data.days.date", String.class), "the last three China days, ending yesterday");
        assertEquals(scaled(sum(upstream, day -> day.date().equals(yesterday))), Json.decimal(stats, "data.yesterdayTotal"));
        BigDecimal thisMonth = sum(upstream, day -> YearMonth.from(day.date()).equals(YearMonth.from(today)));
        assertEquals(scaled(thisMonth), Json.decimal(stats, "data.monthIncome"),
                today.getDayOfMonth() == 1 ? "a new month has no income yet" : "this China month up to yesterday");
    }

    private static BigDecimal sum(SimulatedAccount account, Predicate<SimulatedIncome> which) {
        return account.dailyIncomes().stream().filter(which).map(SimulatedIncome::coins).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP);
    }
}
