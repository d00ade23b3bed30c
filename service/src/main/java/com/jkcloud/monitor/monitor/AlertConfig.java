package com.jkcloud.monitor.monitor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code monitor.alert.*}: how alerts are confirmed. */
@ConfigMapping(prefix = "monitor.alert")
public interface AlertConfig {

    /** A box must stay down this long (seen again by a re-poll) before its owner is told. */
    @WithDefault("10m")
    Duration confirmAfter();
}
