package com.jkcloud.monitor.common.store;

import com.mongodb.client.model.IndexOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.subscription.Cancellable;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the indexes a real MongoDB needs, in the background: start-up never waits for the store, and
 * creation is retried until it succeeds. Readiness ({@link IndexesReadiness}) stays DOWN until every index
 * asked for exists, since unique indexes are what keep usernames, bindings and withdrawals unique.
 */
public final class Indexes {

    private static final Logger LOG = Logger.getLogger(Indexes.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    /** Index (collection and keys) → its running creation; an entry leaves once the index exists. */
    private static final Map<String, Cancellable> PENDING = new ConcurrentHashMap<>();
    private static final Cancellable NOT_STARTED = () -> { };

    private Indexes() {
    }

    public static void ensure(ReactiveMongoCollection<?> collection, Bson keys, IndexOptions options) {
        String index = collection.getNamespace().getCollectionName() + " " + keys.toBsonDocument();
        if (PENDING.putIfAbsent(index, NOT_STARTED) != null) {
            return;
        }
        Cancellable creation = collection.createIndex(keys, options)
                .onFailure().invoke(failure -> LOG.warnf("Index %s not created yet (%s); retrying", index,
                        failure.getClass().getSimpleName()))
                .onFailure().retry().withBackOff(FIRST_RETRY, LONGEST_RETRY).indefinitely()
                .subscribe().with(created -> {
                    PENDING.remove(index);
                    LOG.debugf("Index %s created", index);
                }, failure -> LOG.errorf("Index %s could not be created: %s", index, failure.getMessage()));
        // if it was created already, the entry is gone and stays gone
        PENDING.replace(index, NOT_STARTED, creation);
    }

    public static void ensure(ReactiveMongoCollection<?> collection, Bson keys) {
        ensure(collection, keys, new IndexOptions());
    }

    public static void ensureUnique(ReactiveMongoCollection<?> collection, Bson keys) {
        ensure(collection, keys, new IndexOptions().unique(true));
    }

    /** The indexes asked for that don't exist yet. */
    static Set<String> pending() {
        return Set.copyOf(PENDING.keySet());
    }

    /** Stops the retries of this application (at shutdown), so none outlives its Mongo client. */
    static void cancelPending() {
        PENDING.values().forEach(Cancellable::cancel);
        PENDING.clear();
    }
}
