package com.jkcloud.monitor.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock. Tests replace it to move time instead of sleeping. */
public class ClockProducer {

    /** OneThing's income dates are days in China time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
