package com.jkcloud.monitor.common;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The application started while its store is down: pointed at a loopback port where nothing listens yet
 * (a test may start a store there later), with no shared test resources, and a short HTTP idle timeout.
 */
public class StoreOutageProfile implements QuarkusTestProfile {

    static final int STORE_PORT = freePort();
    static final String IDLE_TIMEOUT_SECONDS = "2";
    /** When the application began starting, to tell how long start-up took. */
    static volatile long startingAtNanos;

    @Override
    public Map<String, String> getConfigOverrides() {
        startingAtNanos = System.nanoTime();
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
