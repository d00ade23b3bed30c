package com.jkcloud.monitor.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What {@link ResetsSimulatorAndClock} does after each test. */
public class SimulatorAndClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        OneThingFixtures.simulator().reset();
        MutableClock.shared().reset();
    }
}
