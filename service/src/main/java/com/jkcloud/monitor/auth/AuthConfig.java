package com.jkcloud.monitor.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "monitor.auth")
public interface AuthConfig {

    /** How long a JWT stays valid. */
    @WithDefault("7d")
    Duration tokenTtl();

    @WithDefault("jk-cloud-monitor")
    String issuer();

    /** Failed sign-ins in a row before the account is locked. */
    @WithDefault("5")
    int maxFailedLogins();

    @WithDefault("6h")
    Duration lockDuration();

    /** Lifetime of an e-mailed password-reset code. */
    @WithDefault("30m")
    Duration resetCodeTtl();

    /** Wrong guesses allowed per reset code before it is void. */
    @WithDefault("5")
    int resetCodeAttempts();
}
