package com.jkcloud.monitor.common.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import io.quarkus.mongodb.runtime.MongoClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Points the Mongo client at the embedded store, started on demand, when no connection string is configured. */
@ApplicationScoped
public class EmbeddedStoreCustomizer implements MongoClientCustomizer {

    private final Optional<String> configuredConnectionString;
    private final EmbeddedStore embeddedStore;

    public EmbeddedStoreCustomizer(@ConfigProperty(name = "quarkus.mongodb.connection-string") Optional<String> configuredConnectionString,
                                   EmbeddedStore embeddedStore) {
        this.configuredConnectionString = configuredConnectionString;
        this.embeddedStore = embeddedStore;
    }

    @Override
    public MongoClientSettings.Builder customize(MongoClientSettings.Builder builder) {
        if (configuredConnectionString.filter(value -> !value.isBlank()).isEmpty()) {
            builder.applyConnectionString(new ConnectionString(embeddedStore.connectionString()));
        }
        return builder;
    }
}
