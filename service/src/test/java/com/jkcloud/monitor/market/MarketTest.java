package com.jkcloud.monitor.market;

import com.jkcloud.monitor.support.Json;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class MarketTest {

    @Inject
    MarketService market;

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
    void aFailedRefreshLogsWhatFailedOnceAndTheRecovery() {
        OneThingFixtures.simulator().setPrice(new BigDecimal("0.0200"), new BigDecimal("3.0000"));
        market.refresh();
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = ((org.jboss.logmanager.ExtLogRecord) record).getFormattedMessage();
                if (message.startsWith("Coin price refresh")) {
                    logged.add(record.getLevel().getName() + " " + message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(MarketService.class.getName());
        log.addHandler(capture);
        try {
            OneThingFixtures.simulator().breakPricePage(true);
            market.refresh();
            market.refresh();
            OneThingFixtures.simulator().breakPricePage(false);
            market.refresh();
        } finally {
            log.removeHandler(capture);
        }

        assertEquals(2, logged.size(), logged::toString);
        String failure = logged.get(0);
        assertTrue(failure.startsWith("WARN Coin price refresh failed: the selector '#eth-price' found nothing"),
                failure);
        assertFalse(failure.contains("null"), failure);
        assertTrue(logged.get(1).startsWith("INFO Coin price refresh works again"), logged.get(1));
    }

    @Test
    void readsNumbersWrittenTheWayPagesWriteThem() {
        assertEquals(Optional.of(new BigDecimal("1234.5678")), PriceNumbers.parse("≈ 1,234.5678 USDT"));
        assertEquals(Optional.of(new BigDecimal("0.0123")), PriceNumbers.parse("Ξ0.0123"));
        assertEquals(Optional.of(new BigDecimal("12345")), PriceNumbers.parse("¥12,345"));
        assertEquals(Optional.empty(), PriceNumbers.parse("n/a"));
    }
}
