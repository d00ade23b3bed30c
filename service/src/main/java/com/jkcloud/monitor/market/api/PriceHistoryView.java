package com.jkcloud.monitor.market.api;

import java.math.BigDecimal;
import java.util.List;

/** {@code GET /api/v1/market/history}: scraped prices, oldest first. */
public record PriceHistoryView(List<Point> points) {

    public record Point(long at, BigDecimal eth, BigDecimal usdt) {
    }
}
