package com.jkcloud.monitor.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** A real MongoDB wire-protocol server in memory on a random loopback port, for the whole test run. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    /** Where {@link FreshStorePerTestClass} finds the store (a system property: it runs in another class loader). */
    static final String CONNECTION_STRING_PROPERTY = "jk.test.store.connection-string";

    private MongoServer server;

    @Override
    public Map<String, String> start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        System.setProperty(CONNECTION_STRING_PROPERTY, connectionString);
        return Map.of("quarkus.mongodb.connection-string", connectionString);
    }

    @Override
    public void stop() {
        if (server != null) {
            System.clearProperty(CONNECTION_STRING_PROPERTY);
            server.shutdownNow();
        }
    }
}
