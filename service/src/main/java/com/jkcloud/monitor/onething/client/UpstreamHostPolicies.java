package com.jkcloud.monitor.onething.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;

import java.time.Duration;
import java.util.Map;

/** Per-host guard policy, {@code monitor.onething.host."account"|"control".*}; a host not configured gets the defaults. */
@ConfigMapping(prefix = "monitor.onething.host")
public interface UpstreamHostPolicies {

    @WithParentName
    @WithDefaults
    Map<String, Policy> hosts();

    default Policy of(UpstreamHost host) {
        return hosts().get(host.tag());
    }

    interface Policy {
        /** Time one attempt may take. */
        @WithDefault("10s")
        Duration timeout();

        /** Calls in flight at once. */
        @WithDefault("64")
        int maxConcurrent();

        /** Calls waiting for a free slot before new ones are turned away. */
        @WithDefault("100000")
        int maxWaiting();

        /** Calls in the rolling window the circuit breaker judges. */
        @WithDefault("20")
        int breakerWindow();

        @WithDefault("0.5")
        double breakerFailureRatio();

        /** How long the circuit stays open before trial calls. */
        @WithDefault("15s")
        Duration breakerDelay();

        /** Trial successes that close the circuit again. */
        @WithDefault("2")
        int breakerSuccesses();
    }
}
