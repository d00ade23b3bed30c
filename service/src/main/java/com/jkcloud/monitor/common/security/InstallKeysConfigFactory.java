package com.jkcloud.monitor.common.security;

import com.jkcloud.monitor.common.crypto.CredentialCipher;
import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.ImageMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One command on one machine: in {@code prod} with the embedded store and no keys configured, creates the
 * install's own keys under the data folder and points the settings at them, before smallrye-jwt or
 * {@link CredentialCipher} read them. With a shared MongoDB nothing is generated (replicas must share keys) and
 * {@link SecretsGuard} refuses to start. Registered as a runtime-only config source factory (not static-init
 * safe), so a native build never runs it.
 */
public class InstallKeysConfigFactory implements ConfigSourceFactory {

    static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String PRIVATE_KEY_LOCATION = "smallrye.jwt.sign.key.location";
    static final String CREDENTIAL_KEY = "monitor.crypto.key";
    /** Above the application.properties in the jar (250), below config/application.properties, .env, env and -D. */
    static final int ORDINAL = 255;

    private static final Logger LOG = Logger.getLogger(InstallKeysConfigFactory.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The build reads the configuration too (execution mode UNSET then): keys are made by a start, never by a build.
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || !context.getProfiles().contains("prod")
                || ImageMode.current() == ImageMode.NATIVE_RUN
                || isSet(context, "quarkus.mongodb.connection-string")) {
            return List.of();
        }
        boolean tokenKeysMissing = !isRealSecret(context, PUBLIC_KEY_LOCATION) || !isRealSecret(context, PRIVATE_KEY_LOCATION);
        boolean credentialKeyMissing = !isRealSecret(context, CREDENTIAL_KEY);
        if (!tokenKeysMissing && !credentialKeyMissing) {
            return List.of();
        }
        InstallKeys keys = new InstallKeys(Path.of(value(context, "monitor.embedded-store.path", "./data")));
        Map<String, String> properties = new HashMap<>();
        if (tokenKeysMissing) {
            keys.ensureTokenKeyPair();
            properties.put(PUBLIC_KEY_LOCATION, keys.publicKey().toUri().toString());
            properties.put(PRIVATE_KEY_LOCATION, keys.privateKey().toUri().toString());
        }
        if (credentialKeyMissing) {
            properties.put(CREDENTIAL_KEY, keys.credentialKey());
        }
        LOG.infof("%s this install's own keys in %s (owner-only; back it up with the data): %s",
                keys.created() ? "Created" : "Using", keys.folder(), properties.keySet().stream().sorted().toList());
        return List.of(new PropertiesConfigSource(properties, "install keys in " + keys.folder(), ORDINAL));
    }

    static boolean isRealSecret(ConfigSourceContext context, String name) {
        String value = value(context, name, "");
        return !value.isBlank() && !value.contains(SecretsGuard.DEV_SECRET_MARKER) && !CredentialCipher.isDevelopmentKey(value);
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        return !value(context, name, "").isBlank();
    }

    private static String value(ConfigSourceContext context, String name, String absent) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? absent : value.getValue();
    }
}
