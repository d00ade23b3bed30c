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

/**
 * What {@code prod} refuses besides development secrets: in the native binary, the embedded store
 * (mongo-java-server's H2 backend is not built for native images), so the native binary needs a real MongoDB.
 * The demo and the simulator need no refusal: they are not in the production artifact at all.
 */
@ApplicationScoped
public class ProductionGuard {

    void check(@Observes @Priority(0) StartupEvent startup) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        boolean embeddedStore = config.getOptionalValue("quarkus.mongodb.connection-string", String.class)
                .filter(value -> !value.isBlank()).isEmpty();
        if (embeddedStore && ImageMode.current() == ImageMode.NATIVE_RUN) {
            throw new ConfigurationException("Refusing to start: the native binary has no embedded store;"
                    + " set quarkus.mongodb.connection-string to a real MongoDB (or run the jar: java -jar quarkus-run.jar).");
        }
    }
}
