package com.jkcloud.monitor.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Clients that send half a request and then nothing don't hold connections open (idle timeout 12 s here). */
@QuarkusTest
@TestProfile(StoreOutageProfile.class)
class HttpTimeoutsTest {

    private static final int STALLED_CLIENTS = 50;
    private static final Duration IDLE = Duration.ofSeconds(Long.parseLong(StoreOutageProfile.IDLE_TIMEOUT_SECONDS));
    /** Far past the idle timeout, far below the 30 minutes connections were held before. */
    private static final Duration CLOSED_WITHIN = IDLE.plusSeconds(8);

    @Test
    void halfSentRequestsAreClosedWithinTheIdleTimeout() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            long started = System.nanoTime();
            for (int client = 0; client < STALLED_CLIENTS; client++) {
                Socket socket = new Socket("127.0.0.1", RestAssured.port);
                socket.setSoTimeout((int) CLOSED_WITHIN.toMillis());
                OutputStream out = socket.getOutputStream();
                // the request line and one header, never the blank line that ends the headers
                out.write(("GET /q/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                stalled.add(socket);
            }
            for (Socket socket : stalled) {
                assertClosedByServer(socket);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(IDLE) >= 0, "closed before the idle timeout: " + took);
            assertTrue(took.compareTo(CLOSED_WITHIN) < 0, "all closed in " + took);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        // the server itself is unaffected
        given().get("/q/health/live").then().statusCode(200);
    }

    private static void assertClosedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            int read;
            do {
                read = in.read();
            } while (read != -1);
            assertEquals(-1, read);
        } catch (SocketTimeoutException stillOpen) {
            fail("a half-sent request was still open after " + CLOSED_WITHIN);
        } catch (IOException reset) {
            // a reset is a close too
        }
    }
}
