package com.jkcloud.monitor.common.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Coin and price amounts: exact decimals, answered to 4 places. Figures shown are rounded half-up; what can be
 * drawn is rounded down (upstream pays out 4 places, never a unit the account doesn't hold); a figure split over
 * devices is split so that the parts add up to it exactly.
 */
public final class Coins {

    public static final int SCALE = 4;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Coins() {
    }

    public static BigDecimal rounded(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** What can be drawn of {@code amount}: rounded down to 4 places, never below zero. */
    public static BigDecimal drawable(BigDecimal amount) {
        return amount == null || amount.signum() <= 0 ? ZERO : amount.setScale(SCALE, RoundingMode.DOWN);
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Exact division for averages, rounded to 4 places; zero when there is nothing to divide by. */
    public static BigDecimal divide(BigDecimal amount, long by) {
        return by == 0 ? ZERO : orZero(amount).divide(BigDecimal.valueOf(by), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * {@code amount} (already at 4 places, else rounded half-up) in {@code parts} equal shares by largest remainder:
     * each share is the amount divided and rounded down, and the units left over go one each to the first shares,
     * so the shares add up to the amount exactly.
     */
    public static List<BigDecimal> split(BigDecimal amount, int parts) {
        if (parts <= 0) {
            return List.of();
        }
        BigInteger units = rounded(amount).unscaledValue();
        BigInteger[] quotientAndRest = units.divideAndRemainder(BigInteger.valueOf(parts));
        BigInteger base = quotientAndRest[0];
        BigInteger rest = quotientAndRest[1];
        // For a negative amount the rest is negative: the first shares then get one unit less.
        BigInteger step = BigInteger.valueOf(rest.signum());
        int extra = rest.abs().intValueExact();
        List<BigDecimal> shares = new ArrayList<>(parts);
        for (int index = 0; index < parts; index++) {
            BigInteger share = index < extra ? base.add(step) : base;
            shares.add(new BigDecimal(share, SCALE));
        }
        return shares;
    }

    /** The amount priced in another unit, or null when no price is known. */
    public static BigDecimal priced(BigDecimal amount, BigDecimal price) {
        return price == null ? null : rounded(orZero(amount).multiply(price));
    }
}
