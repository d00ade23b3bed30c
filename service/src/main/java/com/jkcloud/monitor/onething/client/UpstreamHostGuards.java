package com.jkcloud.monitor.onething.client;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One SmallRye Fault Tolerance guard per OneThing host (timeout per attempt, circuit breaker, concurrency cap), built from
 * {@link UpstreamHostPolicies}; every call to a host goes through {@link #call}, so breaker and cap are per host. The circuit
 * breakers are named {@code onething-<host>} for {@code CircuitBreakerMaintenance}.
 */
@ApplicationScoped
public class UpstreamHostGuards {

    private final Map<UpstreamHost, Guard> guards = new EnumMap<>(UpstreamHost.class);

    public UpstreamHostGuards(UpstreamHostPolicies policies) {
        for (UpstreamHost host : UpstreamHost.values()) {
            guards.put(host, build(host, policies.of(host)));
        }
    }

    public <T> Uni<T> call(UpstreamHost host, boolean viaProxy, Supplier<Uni<T>> request) {
        Supplier<Uni<T>> classified = () -> Uni.createFrom().deferred(request::get)
                .onFailure().transform(failure -> TransportFailures.classify(failure, viaProxy));
        return guards.get(host).get(classified, new TypeLiteral<Uni<T>>() { });
    }

    private static Guard build(UpstreamHost host, UpstreamHostPolicies.Policy policy) {
        return Guard.create()
                .withDescription("onething-" + host.tag())
                .withTimeout().duration(policy.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                    .name("onething-" + host.tag())
                    .requestVolumeThreshold(policy.breakerWindow())
                    .failureRatio(policy.breakerFailureRatio())
                    .delay(policy.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(policy.breakerSuccesses())
                    .failOn(List.of(UpstreamCallException.Transient.class, TimeoutException.class))
                    .done()
                .withBulkhead().limit(policy.maxConcurrent()).queueSize(policy.maxWaiting()).done()
                .withThreadOffload(false)
                .build();
    }
}
