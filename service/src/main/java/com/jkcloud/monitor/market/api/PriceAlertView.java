package com.jkcloud.monitor.market.api;

import com.jkcloud.monitor.market.PriceAlert;

import java.math.BigDecimal;

public record PriceAlertView(String id, PriceAlert.Currency currency, BigDecimal above, BigDecimal below, Long lastFiredAt,
                             long createdAt) {

    public static PriceAlertView of(PriceAlert alert) {
        return new PriceAlertView(alert.id.toHexString(), alert.currency, alert.above, alert.below,
                alert.lastFiredAt == null ? null : alert.lastFiredAt.toEpochMilli(), alert.createdAt.toEpochMilli());
    }
}
