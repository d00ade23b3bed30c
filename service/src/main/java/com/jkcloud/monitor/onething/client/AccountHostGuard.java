package com.jkcloud.monitor.onething.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.function.Supplier;

/**
 * Timeout, circuit breaker and concurrency cap of the account host; every call to it goes through {@link #call}, so the circuit
 * breaker and the concurrency cap are per host. Values are overridable under
 * {@code quarkus.fault-tolerance."com.jkcloud.monitor.onething.client.AccountHostGuard/call"}.
 */
@ApplicationScoped
public class AccountHostGuard {

    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 15_000, successThreshold = 2,
            failOn = {UpstreamCallException.Transient.class, TimeoutException.class})
    @Bulkhead(value = 64, waitingTaskQueue = 100_000)
    public <T> Uni<T> call(boolean viaProxy, Supplier<Uni<T>> request) {
        return Uni.createFrom().deferred(request::get)
                .onFailure().transform(failure -> TransportFailures.classify(failure, viaProxy));
    }
}
