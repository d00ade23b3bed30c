package com.jkcloud.monitor.common.security;

import com.jkcloud.monitor.common.crypto.CredentialCipher;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start the {@code prod} profile with the development secrets bundled for local runs: anyone could
 * forge tokens or decrypt stored OneThing credentials with them. On one machine with the embedded store the
 * install's own keys are created instead ({@link InstallKeysConfigFactory}); with a shared MongoDB the replicas
 * must share keys, so the operator provides them.
 */
@ApplicationScoped
public class SecretsGuard {

    public static final String DEV_SECRET_MARKER = "dev-keys/";
    static final String HOW_TO_MAKE_KEYS = "openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out private.pem"
            + " && openssl pkey -in private.pem -pubout -out public.pem && openssl rand -base64 32 (the credential key)";

    void check(@Observes @Priority(1) StartupEvent startup) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String key : List.of(InstallKeysConfigFactory.PUBLIC_KEY_LOCATION, InstallKeysConfigFactory.PRIVATE_KEY_LOCATION)) {
            String value = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse("");
            if (value.isBlank() || value.contains(DEV_SECRET_MARKER)) {
                problems.add(key);
            }
        }
        String credentialKey = ConfigProvider.getConfig().getOptionalValue(InstallKeysConfigFactory.CREDENTIAL_KEY, String.class).orElse("");
        if (credentialKey.isBlank() || CredentialCipher.isDevelopmentKey(credentialKey)) {
            problems.add(InstallKeysConfigFactory.CREDENTIAL_KEY);
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Refusing to start: a shared MongoDB (quarkus.mongodb.connection-string) needs keys"
                    + " every replica shares; set " + String.join(", ", problems) + " (files as file:/path/x.pem). Make them with: "
                    + HOW_TO_MAKE_KEYS + ". See README, 'Production'.");
        }
    }
}
