package com.jkcloud.monitor.withdraw;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "monitor.auto-withdraw")
public interface AutoWithdrawConfig {

    /** Between two accounts' draws of one automatic withdrawal, so upstream does not see a burst. */
    @WithDefault("5s")
    Duration pause();

    /** How often due rules are looked for ({@code off} disables the schedule; tests call the tick themselves). */
    @WithDefault("1m")
    String tick();
}
