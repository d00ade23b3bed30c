package com.jkcloud.monitor.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The last good market data, and whether the latest refresh failed. */
public record MarketSnapshot(Price price, Map<String, Object> info, boolean stale) {

    public record Price(BigDecimal eth, BigDecimal usdt, String source, Instant fetchedAt) {
    }

    public static MarketSnapshot empty() {
        return new MarketSnapshot(null, Map.of(), true);
    }
}
