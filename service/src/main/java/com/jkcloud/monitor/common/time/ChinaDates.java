package com.jkcloud.monitor.common.time;

import java.time.Clock;
import java.time.LocalDate;

/** Days as OneThing counts them: China time. */
public final class ChinaDates {

    private ChinaDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    public static LocalDate yesterday(Clock clock) {
        return today(clock).minusDays(1);
    }
}
