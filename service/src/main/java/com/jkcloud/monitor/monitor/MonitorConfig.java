package com.jkcloud.monitor.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "monitor.poll")
public interface MonitorConfig {

    /** Poll period per account. */
    @WithDefault("2h")
    Duration every();

    /** Run poll passes and send mail on schedules (off in tests, which drive passes themselves). */
    @WithDefault("true")
    boolean enabled();

    /** How often a replica looks for due accounts. */
    @WithDefault("30s")
    Duration tick();

    /** Accounts polled at once by one replica (upstream calls are capped per host on top of this). */
    @WithDefault("200")
    int concurrency();

    /** Accounts claimed per store query. */
    @WithDefault("200")
    int batchSize();

    /** How long a claim on an account holds; a crashed replica's accounts are taken over after it. */
    @WithDefault("5m")
    Duration lease();

    /** Wait after a first failure; doubles per further failure, capped at the poll period. */
    @WithDefault("5m")
    Duration failureBackoff();

    /** Longest a single account's poll may take before it counts as failed. */
    @WithDefault("2m")
    Duration accountTimeout();
}
