package com.jkcloud.monitor.common.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A single-node, in-process MongoDB-wire-protocol server persisted to one file. Started only when no
 * {@code quarkus.mongodb.connection-string} is configured; production uses a real MongoDB.
 */
@Singleton
public class EmbeddedStore {

    private static final Logger LOG = Logger.getLogger(EmbeddedStore.class);

    private final EmbeddedStoreConfig config;
    private MongoServer server;
    private H2Backend backend;

    public EmbeddedStore(EmbeddedStoreConfig config) {
        this.config = config;
    }

    /** Starts the server on first use and answers its connection string. */
    public synchronized String connectionString() {
        if (server == null) {
            start();
        }
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    private void start() {
        Path folder = Path.of(config.path()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException("Cannot create the embedded store folder " + folder, cannotCreate);
        }
        Path file = folder.resolve("monitor.mv");
        // MVStore's background writer stays on: besides its once-a-second commit it compacts the file.
        MVStore mvStore = new MVStore.Builder().fileName(file.toString()).cacheSize(config.cacheMb()).open();
        backend = config.durableWrites() ? new DurableH2Backend(mvStore) : new H2Backend(mvStore);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", config.port());
        LOG.warnf("Using the EMBEDDED single-node store (data in %s, 127.0.0.1:%d, %s). "
                        + "Set quarkus.mongodb.connection-string to use a real MongoDB in production.",
                file, server.getLocalAddress().getPort(),
                config.durableWrites() ? "each write on disk before its answer" : "written in the background");
    }

    @PreDestroy
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            backend.close();
            server = null;
            LOG.info("Embedded store stopped");
        }
    }
}
