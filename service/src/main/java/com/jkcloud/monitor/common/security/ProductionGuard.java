package com.jkcloud.monitor.common.security;

import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;

/**
 * What {@code prod} refuses besides development secrets: the demo (a user whose password is in the README) and
 * the simulator it binds to; and, in the native binary, the embedded store (mongo-java-server's H2 backend is not
 * built for native images), so the native binary needs a real MongoDB.
 */
@ApplicationScoped
public class ProductionGuard {

    void check(@Observes @Priority(0) StartupEvent startup) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        List<String> demoSwitches = List.of("monitor.demo.enabled", "monitor.simulator.enabled").stream()
                .filter(name -> config.getOptionalValue(name, Boolean.class).orElse(false))
                .toList();
        if (!demoSwitches.isEmpty()) {
            throw new ConfigurationException("Refusing to start: " + String.join(" and ", demoSwitches)
                    + " must be false in prod (the demo user's password is public); run the demo with ./mvnw quarkus:dev.");
        }
        boolean embeddedStore = config.getOptionalValue("quarkus.mongodb.connection-string", String.class)
                .filter(value -> !value.isBlank()).isEmpty();
        if (embeddedStore && ImageMode.current() == ImageMode.NATIVE_RUN) {
            throw new ConfigurationException("Refusing to start: the native binary has no embedded store;"
                    + " set quarkus.mongodb.connection-string to a real MongoDB (or run the jar: java -jar quarkus-run.jar).");
        }
    }
}
