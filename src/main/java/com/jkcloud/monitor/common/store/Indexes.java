package com.jkcloud.monitor.common.store;

import com.mongodb.client.model.IndexOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import java.time.Duration;

/** Creates the indexes a real MongoDB needs; waits briefly at start-up, then keeps retrying in the background. */
public final class Indexes {

    private static final Logger LOG = Logger.getLogger(Indexes.class);
    private static final Duration WAIT_AT_START = Duration.ofSeconds(15);

    private Indexes() {
    }

    public static void ensure(ReactiveMongoCollection<?> collection, Bson keys, IndexOptions options) {
        var creation = collection.createIndex(keys, options)
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely()
                .memoize().indefinitely();
        try {
            creation.await().atMost(WAIT_AT_START);
        } catch (RuntimeException storeNotReachableYet) {
            LOG.warnf("Index %s on %s not created yet (store unreachable?); retrying in the background",
                    keys, collection.getNamespace().getCollectionName());
            creation.subscribe().with(created -> LOG.infof("Index %s created", created),
                    failure -> LOG.errorf("Index %s could not be created: %s", keys, failure.getMessage()));
        }
    }

    public static void ensure(ReactiveMongoCollection<?> collection, Bson keys) {
        ensure(collection, keys, new IndexOptions());
    }

    public static void ensureUnique(ReactiveMongoCollection<?> collection, Bson keys) {
        ensure(collection, keys, new IndexOptions().unique(true));
    }
}
