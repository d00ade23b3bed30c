package com.jkcloud.monitor.market;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a number out of scraped text: "≈ 1,234.5678 USDT" → 1234.5678. */
public final class PriceNumbers {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private PriceNumbers() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = NUMBER.matcher(text.replace('\u00a0', ' '));
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(matcher.group().replace(",", "")));
    }
}
