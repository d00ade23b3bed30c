package com.jkcloud.monitor.withdraw;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "monitor.withdraw")
public interface WithdrawConfig {

    /**
     * How long a withdrawal may go without progress (and an account's draw lease holds) before another request
     * takes it over: a replica that died mid-withdrawal is resolved from upstream's history after this.
     */
    @WithDefault("5m")
    Duration inProgressTimeout();
}
