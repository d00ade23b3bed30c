package com.jkcloud.monitor.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo of {@code ./mvnw quarkus:dev}: this jar is on the service's classpath in dev mode and in tests only.
 * With {@code monitor.simulator.enabled} it starts the simulator in-process; with {@code monitor.demo.enabled}
 * it then seeds, through the service's own public API, a user with {@code monitor.demo.accounts} bound accounts
 * and, once their first poll shows every box, takes one box per account offline so an alert comes up.
 */
@ApplicationScoped
public class DemoLauncher {

    private static final Logger LOG = Logger.getLogger(DemoLauncher.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @ConfigProperty(name = "monitor.simulator.enabled", defaultValue = "false")
    boolean simulatorEnabled;
    @ConfigProperty(name = "monitor.simulator.port", defaultValue = "8099")
    int simulatorPort;
    @ConfigProperty(name = "monitor.simulator.demo-accounts", defaultValue = "3")
    int simulatedAccounts;
    @ConfigProperty(name = "monitor.simulator.seed-file")
    Optional<String> seedFile;
    @ConfigProperty(name = "monitor.demo.enabled", defaultValue = "false")
    boolean demoEnabled;
    @ConfigProperty(name = "monitor.demo.username", defaultValue = "demo@jkcloud.local")
    String username;
    @ConfigProperty(name = "monitor.demo.password", defaultValue = "demo-password")
    String password;
    @ConfigProperty(name = "monitor.demo.accounts", defaultValue = "3")
    int boundAccounts;
    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int servicePort;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private OneThingSimulator simulator;

    void start(@Observes StartupEvent started, Clock clock) {
        if (!simulatorEnabled) {
            return;
        }
        simulator = OneThingSimulator.start(simulatorPort, clock);
        SeedAccount.addAll(simulator, seedFile.map(Path::of).map(SeedAccount::fromFile)
                .orElseGet(() -> SeedAccount.demo(simulatedAccounts)));
        LOG.infof("OneThing simulator on port %d with %d accounts (1380000000N / demo-password-N)",
                simulator.port(), simulator.accounts().size());
        if (demoEnabled) {
            Thread seeding = new Thread(this::seedDemo, "demo-seeding");
            seeding.setDaemon(true);
            seeding.start();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (simulator != null) {
            simulator.close();
        }
    }

    private void seedDemo() {
        try {
            String token = signIn();
            if (token != null) {
                LOG.infof("Demo ready: sign in as %s with the demo password from the README", username);
                return;
            }
            token = field(call("POST", "/api/v1/auth/register", null, Map.of("username", username, "password", password)),
                    201, "token");
            List<SeedAccount> bound = SeedAccount.demo(boundAccounts);
            for (int index = 0; index < bound.size(); index++) {
                SeedAccount account = bound.get(index);
                call("POST", "/api/v1/accounts", token,
                        Map.of("username", account.username(), "password", account.password(), "name", "Demo " + (index + 1)));
            }
            int boxes = bound.stream().mapToInt(SeedAccount::devices).sum();
            awaitFleetOf(token, boxes);
            awaitScheduledPoll(token, nextPolls(token));
            // the first poll has taken every box as it is; now one box per account drops off
            bound.forEach(account -> simulator.account(account.username()).devices().stream().findFirst()
                    .ifPresent(box -> simulator.setDeviceOffline(box.deviceSn())));
            LOG.infof("Demo ready: sign in as %s with the demo password from the README", username);
        } catch (IOException | RuntimeException failure) {
            LOG.errorf("Demo seeding failed: %s", failure.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private String signIn() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (;;) {
            try {
                HttpResponse<String> answer = call("POST", "/api/v1/auth/login", null,
                        Map.of("username", username, "password", password));
                return answer.statusCode() == 200 ? JSON.readTree(answer.body()).path("data").path("token").asText() : null;
            } catch (IOException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
                Thread.sleep(500); // the HTTP listener opens after start-up observers have run
            }
        }
    }

    private void awaitFleetOf(String token, int boxes) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode fleet = JSON.readTree(call("GET", "/api/v1/fleet", token, null).body());
            if (fleet.path("data").path("devices").size() >= boxes) {
                return;
            }
            Thread.sleep(1000); // waiting for the scheduled first poll of the bound accounts
        }
        throw new IOException("the demo accounts' first poll did not come within " + PATIENCE);
    }

    /** Each bound account's next scheduled poll, as the account list shows it (0 while none is scheduled). */
    private Map<String, Long> nextPolls(String token) throws IOException, InterruptedException {
        Map<String, Long> nextPolls = new java.util.HashMap<>();
        for (JsonNode account : JSON.readTree(call("GET", "/api/v1/accounts", token, null).body()).path("data")) {
            nextPolls.put(account.path("id").asText(), account.path("nextPollAt").asLong(0));
        }
        return nextPolls;
    }

    /**
     * The bind stored the boxes, but the monitor learns their first state at its first scheduled poll, after which
     * each account's next poll moves on; a box taken offline before that would be its starting state, not an alert.
     */
    private void awaitScheduledPoll(String token, Map<String, Long> before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Long> now = nextPolls(token);
            if (before.entrySet().stream().allMatch(entry -> now.getOrDefault(entry.getKey(), 0L) > entry.getValue())) {
                return;
            }
            Thread.sleep(1000); // waiting for the monitor's first scheduled pass over the demo accounts
        }
        throw new IOException("the monitor's first poll of the demo accounts did not come within " + PATIENCE);
    }

    private HttpResponse<String> call(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + servicePort + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(HttpResponse<String> answer, int expectedStatus, String name) throws IOException {
        if (answer.statusCode() != expectedStatus) {
            throw new IOException("the service answered " + answer.statusCode() + " while seeding the demo");
        }
        return JSON.readTree(answer.body()).path("data").path(name).asText();
    }
}
