package com.jkcloud.monitor.common.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoinsTest {

    @Test
    void sharesAddUpToTheAmountExactlyWhereHalfUpRoundingDoesNot() {
        BigDecimal amount = new BigDecimal("430.2575");
        List<BigDecimal> shares = Coins.split(amount, 7);

        assertEquals(7, shares.size());
        assertEquals(amount, sum(shares));
        // 430.2575 / 7 = 61.46535…: seven rows rounded half-up add up to 430.2578 (what users saw on the plan)
        assertEquals(new BigDecimal("430.2578"), sum(Collections.nCopies(7, Coins.divide(amount, 7))));
        assertEquals(List.of(new BigDecimal("61.4654"), new BigDecimal("61.4654"), new BigDecimal("61.4654"),
                new BigDecimal("61.4654"), new BigDecimal("61.4653"), new BigDecimal("61.4653"), new BigDecimal("61.4653")), shares);
    }

    @Test
    void awkwardAmountsSplitIntoSharesAtMostOneUnitApart() {
        for (String text : List.of("0.0001", "0.0010", "650.2957", "1", "0", "99999.9999", "3.33333")) {
            BigDecimal amount = new BigDecimal(text);
            for (int parts = 1; parts <= 13; parts++) {
                List<BigDecimal> shares = Coins.split(amount, parts);
                assertEquals(Coins.rounded(amount), sum(shares), text + " in " + parts);
                BigDecimal spread = shares.stream().max(BigDecimal::compareTo).orElseThrow()
                        .subtract(shares.stream().min(BigDecimal::compareTo).orElseThrow());
                assertTrue(spread.compareTo(new BigDecimal("0.0001")) <= 0, text + " in " + parts + ": " + shares);
                shares.forEach(share -> assertEquals(4, share.scale()));
            }
        }
        assertEquals(List.of(), Coins.split(BigDecimal.TEN, 0));
    }

    @Test
    void drawableRoundsDownAndIsNeverNegative() {
        assertEquals(new BigDecimal("650.2957"), Coins.drawable(new BigDecimal("650.29579")));
        assertEquals(new BigDecimal("0.0000"), Coins.drawable(new BigDecimal("0.00009")));
        assertEquals(new BigDecimal("0.0000"), Coins.drawable(new BigDecimal("-3.5")));
        assertEquals(new BigDecimal("0.0000"), Coins.drawable(null));
    }

    private static BigDecimal sum(List<BigDecimal> shares) {
        return shares.stream().reduce(BigDecimal.ZERO.setScale(4), BigDecimal::add);
    }
}
