package com.jkcloud.monitor.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coin and price amounts: exact decimals, answered rounded to 4 places. */
public final class Coins {

    public static final int SCALE = 4;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Coins() {
    }

    public static BigDecimal rounded(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Exact division for averages, rounded to 4 places; zero when there is nothing to divide by. */
    public static BigDecimal divide(BigDecimal amount, long by) {
        return by == 0 ? ZERO : orZero(amount).divide(BigDecimal.valueOf(by), SCALE, RoundingMode.HALF_UP);
    }

    /** The amount priced in another unit, or null when no price is known. */
    public static BigDecimal priced(BigDecimal amount, BigDecimal price) {
        return price == null ? null : rounded(orZero(amount).multiply(price));
    }
}
