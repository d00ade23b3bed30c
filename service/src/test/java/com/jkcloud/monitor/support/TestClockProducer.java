package com.jkcloud.monitor.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Every {@code @QuarkusTest} runs on the shared test clock, the one the simulator runs on too. */
public class TestClockProducer {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    MutableClock clock() {
        return MutableClock.shared();
    }
}
