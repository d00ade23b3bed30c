package com.jkcloud.monitor.market.api;

import java.math.BigDecimal;

/** {@code POST /api/v1/price-alerts}: at least one of {@code above}, {@code below}. */
public record PriceAlertRequest(String currency, BigDecimal above, BigDecimal below) {
}
