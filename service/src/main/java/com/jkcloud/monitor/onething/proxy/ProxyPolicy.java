package com.jkcloud.monitor.onething.proxy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When a proxy is benched and for how long ({@code monitor.proxy.*}). */
@ConfigMapping(prefix = "monitor.proxy")
public interface ProxyPolicy {

    /** Failures in a row (connection refused, timeout, ban) that bench a proxy. */
    @WithDefault("3")
    int failuresBeforeBench();

    /** First bench; it doubles with each bench in a row, up to {@link #maxBench()}. */
    @WithDefault("1m")
    Duration benchFor();

    @WithDefault("1h")
    Duration maxBench();
}
