package com.jkcloud.monitor.market;

import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.OneThingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MarketTest {

    @Inject
    MarketService market;

    @AfterEach
    void healUpstream() {
        OneThingFixtures.simulator().breakPricePage(false);
        OneThingFixtures.simulator().reset();
    }

    @Test
    void servesTheScrapedPriceAndUpstreamInfoFromTheCache() {
        OneThingFixtures.simulator().setPrice(new BigDecimal("0.0123"), new BigDecimal("1234.5678"));
        market.refresh();
        JsonPath answer = Json.exact(given().get("/api/v1/market").then().statusCode(200)
                .body("data.stale", equalTo(false))
                .body("data.price.fetchedAt", notNullValue())
                .body("data.info", notNullValue())
                .extract().response());
        assertEquals(new BigDecimal("0.0123"), Json.decimal(answer, "data.price.eth"));
        assertEquals(new BigDecimal("1234.5678"), Json.decimal(answer, "data.price.usdt"));
    }

    @Test
    void keepsTheLastGoodPriceMarkedStaleWhenAScrapeFails() {
        OneThingFixtures.simulator().setPrice(new BigDecimal("0.0200"), new BigDecimal("3.0000"));
        market.refresh();
        OneThingFixtures.simulator().breakPricePage(true);
        market.refresh();
        JsonPath answer = Json.exact(given().get("/api/v1/market").then().statusCode(200)
                .body("data.stale", equalTo(true)).extract().response());
        assertEquals(new BigDecimal("3.0000"), Json.decimal(answer, "data.price.usdt"));
    }

    @Test
    void readsNumbersWrittenTheWayPagesWriteThem() {
        assertEquals(Optional.of(new BigDecimal("1234.5678")), PriceNumbers.parse("≈ 1,234.5678 USDT"));
        assertEquals(Optional.of(new BigDecimal("0.0123")), PriceNumbers.parse("Ξ0.0123"));
        assertEquals(Optional.of(new BigDecimal("12345")), PriceNumbers.parse("¥12,345"));
        assertEquals(Optional.empty(), PriceNumbers.parse("n/a"));
    }
}
