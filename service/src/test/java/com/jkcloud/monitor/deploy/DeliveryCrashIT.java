package com.jkcloud.monitor.deploy;

import com.jkcloud.monitor.simulator.OneThingSimulator;
import com.jkcloud.monitor.simulator.SimulatedAccount;
import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A channel notification waiting in the outbox (its provider is down) survives a {@code kill -9} of the real jar and
 * is delivered exactly once after the restart. The OneThing upstream is the simulator, the provider a local HTTP
 * server that counts what it accepted.
 */
class DeliveryCrashIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(2);
    private static final String ADMIN = "ops-crash@example.com";
    private static final String PASSWORD = "a-long-password-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private record Arrival(String deliveryId, int answeredStatus) {
    }

    private Path workDir;
    private Process running;
    private OneThingSimulator upstream;
    private HttpServer provider;
    private final AtomicBoolean providerUp = new AtomicBoolean(false);
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void prepare() throws IOException {
        assertTrue(Files.exists(JAR), "the build produced " + JAR);
        workDir = Files.createTempDirectory("delivery-crash");
        upstream = OneThingSimulator.start(0);
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = providerUp.get() ? 204 : 503;
            arrivals.add(new Arrival(exchange.getRequestHeaders().getFirst("X-JK-Delivery"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopAndClean() throws Exception {
        if (running != null && running.isAlive()) {
            running.destroyForcibly().waitFor();
        }
        provider.stop(0);
        upstream.close();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void aPendingNotificationSurvivesKillNineAndIsDeliveredExactlyOnce() throws Exception {
        int port = freePort();
        start(port);
        String token = JsonPath.from(send(port, "POST", "/api/v1/auth/register",
                "{\"username\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}", null).body()).getString("data.token");
        assertEquals(200, send(port, "PATCH", "/api/v1/me", "{\"notifications\":{\"enabled\":false}}", token).statusCode());
        HttpResponse<String> channel = send(port, "POST", "/api/v1/notification-channels",
                "{\"name\":\"crash hook\",\"url\":\"json://127.0.0.1:" + provider.getAddress().getPort() + "/hook\"}", token);
        assertEquals(201, channel.statusCode(), channel.body());
        SimulatedAccount account = upstream.addAccount("13900000777", "onething-pass-1", 1);
        String sn = account.devices().get(0).deviceSn();
        upstream.setDeviceOnline(sn);
        HttpResponse<String> bound = send(port, "POST", "/api/v1/accounts",
                "{\"username\":\"13900000777\",\"password\":\"onething-pass-1\"}", token);
        assertEquals(201, bound.statusCode(), bound.body());

        // A box seen for the first time is taken as it is: the monitor must have seen it online first.
        awaitTrue("the box is seen online", () -> {
            pollNow(port, token);
            return body(port, "/api/v1/fleet", token).contains("\"online\":1");
        });
        upstream.setDeviceOffline(sn);
        // Seen offline, then confirmed by a re-poll once monitor.alert.confirm-after (1 s here) has passed.
        awaitTrue("the offline box is confirmed", () -> {
            pollNow(port, token);
            return body(port, "/api/v1/alerts", token).contains("\"OFFLINE\"");
        });
        awaitTrue("the provider refused a first attempt", () -> arrivals.stream().anyMatch(arrival -> arrival.answeredStatus() == 503));
        JsonPath pending = JsonPath.from(body(port, "/api/v1/notifications", token));
        assertEquals("PENDING", pending.getString("data[0].status"), "waiting for a retry");
        String deliveryId = pending.getString("data[0].id");

        running.destroyForcibly(); // SIGKILL: no shutdown hook, no last commit
        assertTrue(running.waitFor(60, TimeUnit.SECONDS));
        providerUp.set(true);
        long restartedAt = System.nanoTime();
        start(port);

        awaitTrue("delivered after the restart", () -> arrivals.stream().anyMatch(arrival -> arrival.answeredStatus() == 204));
        System.out.printf("MEASURED kill -9 -> restart -> provider accepted the pending notification: %d ms%n",
                (System.nanoTime() - restartedAt) / 1_000_000);
        awaitTrue("the log says SENT", () -> body(port, "/api/v1/notifications", token).contains("\"SENT\""));
        // A few more outbox ticks (1 s each here): nothing goes out again.
        running.waitFor(4, TimeUnit.SECONDS);
        List<Arrival> accepted = arrivals.stream().filter(arrival -> arrival.answeredStatus() == 204).toList();
        assertEquals(1, accepted.size(), "exactly one delivery: " + arrivals);
        assertEquals(deliveryId, accepted.get(0).deliveryId(), "the same X-JK-Delivery as before the crash");
        assertTrue(arrivals.stream().allMatch(arrival -> deliveryId.equals(arrival.deliveryId())), "one notification only");
    }

    private void pollNow(int port, String token) {
        try {
            send(port, "POST", "/api/v1/admin/poll?all=true", null, token);
        } catch (Exception notAnsweredYet) {
            // polled again by the caller's loop
        }
    }

    private void start(int port) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("out.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("MONITOR_ADMIN_USERNAMES", ADMIN);
        environment.put("QUARKUS_REST_CLIENT_ONETHING_ACCOUNT_URL", upstream.accountUrl());
        environment.put("QUARKUS_REST_CLIENT_ONETHING_CONTROL_URL", upstream.controlUrl());
        environment.put("MONITOR_MARKET_PRICE_URL", upstream.priceUrl());
        environment.put("MONITOR_NOTIFY_ALLOW_PRIVATE_TARGETS", "true");
        environment.put("MONITOR_ALERT_CONFIRM_AFTER", "1s");
        environment.put("MONITOR_MAIL_TICK", "1s");
        environment.put("MONITOR_MAIL_RETRY_INITIAL", "2s");
        running = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(running.isAlive(), "the app stopped: " + Files.readString(workDir.resolve("out.log")));
            try {
                if (send(port, "GET", "/q/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // polled again below
            }
            running.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + ": " + Files.readString(workDir.resolve("out.log")));
    }

    /** Checks {@code condition} every half second (the app works on its own schedule) until it holds. */
    private void awaitTrue(String what, BooleanSupplier condition) throws Exception {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            running.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError(what + " did not happen within " + STEP_TIMEOUT + "; provider saw " + arrivals + "\n"
                + Files.readString(workDir.resolve("out.log")));
    }

    private String body(int port, String path, String token) {
        try {
            return send(port, "GET", path, null, token).body();
        } catch (Exception notAnswered) {
            return "";
        }
    }

    private static HttpResponse<String> send(int port, String method, String path, String json, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
