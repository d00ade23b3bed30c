package com.jkcloud.monitor.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests per client IP per minute on the endpoints attackers hammer (on top of the sign-in lockout). */
@ConfigMapping(prefix = "monitor.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Sign-in attempts. */
    @WithDefault("30")
    int loginPerMinute();

    @WithDefault("10")
    int registerPerMinute();

    /** Password-reset requests and confirmations together. */
    @WithDefault("10")
    int passwordResetPerMinute();

    /** Binding OneThing accounts (each costs an upstream login). */
    @WithDefault("10")
    int bindPerMinute();

    /** Clients whose windows are remembered at most (each ~200 bytes); past it the least used are forgotten. */
    @WithDefault("50000")
    int maxClients();
}
