package com.jkcloud.monitor.support;

import com.jkcloud.monitor.simulator.OneThingSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** One OneThing simulator for the whole test run; both REST clients and the price scraper point at it. */
public class OneThingSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private static volatile OneThingSimulator simulator;

    public static OneThingSimulator simulator() {
        return simulator;
    }

    @Override
    public Map<String, String> start() {
        simulator = OneThingSimulator.start(0, MutableClock.shared());
        return Map.of(
                "quarkus.rest-client.onething-account.url", simulator.accountUrl(),
                "quarkus.rest-client.onething-control.url", simulator.controlUrl(),
                "monitor.market.price-url", simulator.priceUrl());
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
