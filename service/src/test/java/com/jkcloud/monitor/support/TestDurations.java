package com.jkcloud.monitor.support;

import java.time.Duration;

/** Durations the tests share. */
public final class TestDurations {

    /** The longest a test blocks on one asynchronous step of the application (a store call, a pass, a send). */
    public static final Duration WAIT = Duration.ofSeconds(60);
    /** Just past {@code monitor.alert.confirm-after} (10 minutes): a status seen this long ago is confirmed. */
    public static final Duration PAST_CONFIRMATION = Duration.ofMinutes(11);

    private TestDurations() {
    }
}
