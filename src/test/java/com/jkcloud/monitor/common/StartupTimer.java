package com.jkcloud.monitor.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;

/** How long the application's start-up observers (index creation among them) kept start-up waiting. */
@ApplicationScoped
public class StartupTimer {

    private volatile long firstObserverAt;
    private volatile long lastObserverAt;

    void first(@Observes @Priority(Integer.MIN_VALUE) StartupEvent startup) {
        firstObserverAt = System.nanoTime();
    }

    void last(@Observes @Priority(Integer.MAX_VALUE) StartupEvent startup) {
        lastObserverAt = System.nanoTime();
    }

    Duration startupObservers() {
        return Duration.ofNanos(lastObserverAt - firstObserverAt);
    }
}
