package com.jkcloud.monitor.onething;

import com.jkcloud.monitor.onething.client.UpstreamCallException;
import com.jkcloud.monitor.onething.client.UpstreamHost;
import com.jkcloud.monitor.onething.client.UpstreamHostGuards;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The application's per-host guards: a failing host trips only its own circuit breaker. */
@QuarkusTest
class UpstreamHostGuardsTest {

    @Inject
    UpstreamHostGuards guards;
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void closeCircuits() {
        circuitBreakers.resetAll();
    }

    @Test
    void failingAccountHostOpensOnlyItsOwnCircuit() {
        AtomicInteger reachedAccountHost = new AtomicInteger();
        for (int call = 0; call < 20; call++) {
            Throwable failure = failureOf(guards.call(UpstreamHost.ACCOUNT, false, () -> {
                reachedAccountHost.incrementAndGet();
                return Uni.createFrom().failure(new UpstreamCallException.Transient(FailureKind.UPSTREAM_ERROR, "502"));
            }));
            assertInstanceOf(UpstreamCallException.Transient.class, failure);
        }

        Throwable paused = failureOf(guards.call(UpstreamHost.ACCOUNT, false, () -> {
            reachedAccountHost.incrementAndGet();
            return Uni.createFrom().item("answer");
        }));
        assertInstanceOf(CircuitBreakerOpenException.class, paused);
        assertEquals(20, reachedAccountHost.get(), "the open circuit keeps calls away from the failing host");
        assertEquals(CircuitBreakerState.OPEN, circuitBreakers.currentState("onething-account"));

        String control = guards.call(UpstreamHost.CONTROL, false, () -> Uni.createFrom().item("answer"))
                .await().atMost(Duration.ofSeconds(5));
        assertEquals("answer", control, "the other host is still called");
        assertEquals(CircuitBreakerState.CLOSED, circuitBreakers.currentState("onething-control"));
    }

    private static Throwable failureOf(Uni<?> call) {
        return call.onItem().<Throwable>transform(item -> null).onFailure().recoverWithItem(failure -> failure)
                .await().atMost(Duration.ofSeconds(5));
    }
}
