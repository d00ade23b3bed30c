package com.jkcloud.monitor.onething;

import com.jkcloud.monitor.onething.client.UpstreamHost;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

/** Counter {@code onething.upstream.calls} by host, call and outcome (ok, rejected, or a failure kind). */
@ApplicationScoped
public class UpstreamCallMetrics {

    public static final String CALLS = "onething.upstream.calls";
    public static final String REJECTED = "rejected";

    private final MeterRegistry registry;

    public UpstreamCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(UpstreamHost host, String call, String outcome) {
        Counter.builder(CALLS)
                .description("Calls to the OneThing upstream")
                .tag("host", host.tag())
                .tag("call", call)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    public static String outcomeOf(FailureKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
