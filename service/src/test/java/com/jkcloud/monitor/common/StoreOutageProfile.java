package com.jkcloud.monitor.common;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The application started while its store is down: pointed at a loopback port where nothing listens yet
 * (a test may start a store there later), with no shared test resources, and a short HTTP idle timeout.
 * Both test classes of this profile share one application start.
 */
public class StoreOutageProfile implements QuarkusTestProfile {

    /** Kept in a system property: the test and the application may each load this class. */
    static final int STORE_PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("test.store-outage.port", key -> Integer.toString(freePort())).toString());
    /**
     * Well above the store's 3 s server selection timeout on a busy machine: the idle timeout also cuts off a
     * request that is still waiting for the store.
     */
    static final String IDLE_TIMEOUT_SECONDS = "12";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.mongodb.connection-string", "mongodb://127.0.0.1:" + STORE_PORT,
                "quarkus.http.idle-timeout", IDLE_TIMEOUT_SECONDS + "s",
                "quarkus.mailer.mock", "true");
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }
}
