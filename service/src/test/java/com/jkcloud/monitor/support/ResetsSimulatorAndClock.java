package com.jkcloud.monitor.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * After each test of the class the OneThing simulator's faults, latency and bans are cleared and the shared test clock
 * is back at {@link MutableClock#START}, running, so the next test starts on a healthy upstream at a known instant.
 * It runs after the class's own {@code @AfterEach} methods, so they still see the upstream and clock the test left.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ResetsSimulatorAndClock.Reset.class)
public @interface ResetsSimulatorAndClock {

    final class Reset implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            OneThingFixtures.simulator().reset();
            MutableClock.shared().reset();
        }
    }
}
