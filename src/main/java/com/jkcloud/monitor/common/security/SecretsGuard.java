package com.jkcloud.monitor.common.security;

import com.jkcloud.monitor.common.crypto.CredentialCipher;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start the {@code prod} profile with the development secrets bundled for local runs:
 * anyone could forge tokens or decrypt stored OneThing credentials with them.
 */
@ApplicationScoped
public class SecretsGuard {

    public static final String DEV_SECRET_MARKER = "dev-keys/";

    void check(@Observes @Priority(1) StartupEvent startup) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String key : List.of("mp.jwt.verify.publickey.location", "smallrye.jwt.sign.key.location")) {
            String value = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
            if (value.isBlank() || value.contains(DEV_SECRET_MARKER)) {
                problems.add(key);
            }
        }
        String credentialKey = ConfigProvider.getConfig().getOptionalValue("monitor.crypto.key", String.class).orElse("");
        if (credentialKey.isBlank() || CredentialCipher.isDevelopmentKey(credentialKey)) {
            problems.add("monitor.crypto.key");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in prod with missing or development secrets: " + problems
                    + ". Mount real keys and point these settings at them (see README, 'Configuration').");
        }
    }
}
