package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.market.MarketService;
import com.jkcloud.monitor.market.PriceHistory;
import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@ResetsSimulatorAndClock
class UsdtPerDayTest {

    @Inject
    PriceHistory history;

    @Inject
    MarketService market;

    @Inject
    MutableClock clock;

    @Test
    void eachDaysIncomeIsPricedAtThatDaysPriceAndBalancesAtTodays() {
        TestUsers.SignedUp user = TestUsers.newUser();
        OneThingFixtures.bindNew(user.token(), 1);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
        // the last scrape of a day is its price: late in the evening, after anything else tests scraped that day
        history.record(lastSecondOf(today.minusDays(1)), new BigDecimal("0.02"), new BigDecimal("2.0000")).await().atMost(Duration.ofMinutes(1));
        history.record(lastSecondOf(today.minusDays(2)), new BigDecimal("0.04"), new BigDecimal("4.0000")).await().atMost(Duration.ofMinutes(1));
        OneThingFixtures.simulator().setPrice(new BigDecimal("0.0300"), new BigDecimal("3.0000"));
        market.refresh();

        JsonPath stats = Json.exact(given().auth().oauth2(user.token()).get("/api/v1/stats/income?days=3")
                .then().statusCode(200).extract().response());
        BigDecimal yesterday = Json.decimal(stats, "data.days[2].income");
        BigDecimal dayBefore = Json.decimal(stats, "data.days[1].income");
        assertEquals(scaled(yesterday.multiply(new BigDecimal("2"))), Json.decimal(stats, "data.days[2].incomeUsdt"));
        assertEquals(scaled(dayBefore.multiply(new BigDecimal("4"))), Json.decimal(stats, "data.days[1].incomeUsdt"));
        assertEquals(scaled(Json.decimal(stats, "data.yesterdayTotal").multiply(new BigDecimal("2"))),
                Json.decimal(stats, "data.yesterdayTotalUsdt"));
        assertEquals(scaled(Json.decimal(stats, "data.totalIncome").multiply(new BigDecimal("3"))),
                Json.decimal(stats, "data.totalIncomeUsdt"));
    }

    private static Instant lastSecondOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().minusSeconds(1);
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP);
    }
}
