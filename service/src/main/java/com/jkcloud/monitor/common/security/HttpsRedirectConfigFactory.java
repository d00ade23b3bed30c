package com.jkcloud.monitor.common.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code prod} redirects plain HTTP to HTTPS only when a certificate is configured: without one there is no
 * HTTPS to go to (Quarkus refuses {@code insecure-requests=redirect} then). An explicit
 * {@code quarkus.http.insecure-requests} always wins.
 */
public class HttpsRedirectConfigFactory implements ConfigSourceFactory {

    static final String INSECURE_REQUESTS = "quarkus.http.insecure-requests";
    private static final List<String> CERTIFICATE_SETTINGS = List.of("quarkus.http.ssl.certificate.files",
            "quarkus.http.ssl.certificate.key-store-file", "quarkus.http.tls-configuration-name");

    private static final List<String> KEY_STORE_KINDS = List.of("quarkus.tls.key-store.pem.", "quarkus.tls.key-store.p12.",
            "quarkus.tls.key-store.jks.");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("prod") || isSet(context, INSECURE_REQUESTS) || !certificateConfigured(context)) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(INSECURE_REQUESTS, "redirect"), "HTTPS redirect (a certificate is configured)",
                InstallKeysConfigFactory.ORDINAL));
    }

    private static boolean certificateConfigured(ConfigSourceContext context) {
        if (CERTIFICATE_SETTINGS.stream().anyMatch(name -> isSet(context, name))) {
            return true;
        }
        // The default TLS configuration of the TLS registry also serves HTTP.
        for (Iterator<String> names = context.iterateNames(); names.hasNext(); ) {
            String name = names.next();
            if (KEY_STORE_KINDS.stream().anyMatch(name::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
