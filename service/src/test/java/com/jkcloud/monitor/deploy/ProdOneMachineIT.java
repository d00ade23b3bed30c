package com.jkcloud.monitor.deploy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's production command on one machine, as an operator runs it: {@code java -jar quarkus-run.jar} in an
 * empty working directory, no configuration at all (runs after packaging, in {@code verify}).
 */
class ProdOneMachineIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Path workDir;
    private Process running;

    @BeforeEach
    void emptyWorkingDirectory() throws IOException {
        assertTrue(Files.exists(JAR), "the build produced " + JAR);
        workDir = Files.createTempDirectory("prod-one-machine");
    }

    @AfterEach
    void stopAndClean() throws Exception {
        stop();
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void startsWithNoConfigurationAndKeepsTokensValidAcrossARestart() throws Exception {
        int port = freePort();
        start(port, Map.of());
        Path keys = workDir.resolve("data").resolve("keys");
        assertTrue(Files.exists(workDir.resolve("data").resolve("monitor.mv")), "the store's data is under ./data");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)), "keys folder is owner-only");
        for (String key : new String[]{"jwt-private.pem", "jwt-public.pem", "credential.key"}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(key))),
                    key + " is owner-only");
        }
        String log = Files.readString(workDir.resolve("out.log"));
        assertTrue(log.contains("Created this install's own keys in " + keys.toRealPath()), "one log line says where the keys went");
        assertFalse(log.contains(Files.readString(keys.resolve("credential.key")).strip()), "the credential key is never logged");

        HttpResponse<String> registered = send(port, "POST", "/api/v1/auth/register",
                "{\"username\":\"ops@example.com\",\"password\":\"a-long-password-1\"}", Map.of());
        assertEquals(201, registered.statusCode(), registered.body());
        String token = field(registered.body(), "token");
        stop();

        start(port, Map.of());
        HttpResponse<String> me = send(port, "GET", "/api/v1/me", null, Map.of("Authorization", "Bearer " + token));
        assertEquals(200, me.statusCode(), "the token from before the restart is still valid: " + me.body());
        assertTrue(me.body().contains("ops@example.com"), me.body());
        assertTrue(Files.readString(workDir.resolve("out.log")).contains("Using this install's own keys"), "the keys are reused");
    }

    @Test
    void aSharedMongoDbWithoutKeysIsRefusedWithTheOpensslCommands() throws Exception {
        Process refused = launch(freePort(), Map.of("QUARKUS_MONGODB_CONNECTION_STRING", "mongodb://127.0.0.1:" + freePort()));
        assertTrue(refused.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "exits");
        String output = Files.readString(workDir.resolve("out.log"));
        assertNotEquals(0, refused.exitValue(), output);
        assertTrue(output.contains("mp.jwt.verify.publickey.location, smallrye.jwt.sign.key.location, monitor.crypto.key"), output);
        assertTrue(output.contains("openssl genpkey -algorithm RSA"), output);
        assertFalse(Files.exists(workDir.resolve("data").resolve("keys")), "no keys are made for a shared store");
    }

    @Test
    void redirectsPlainHttpToHttpsOnceACertificateIsConfigured() throws Exception {
        Path keyStore = workDir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", "prod-it-secret", "-keypass", "prod-it-secret")
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool made a certificate");
        int port = freePort();
        int sslPort = freePort();
        start(port, Map.of("QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_FILE", keyStore.toString(),
                "QUARKUS_HTTP_SSL_CERTIFICATE_KEY_STORE_PASSWORD", "prod-it-secret",
                "QUARKUS_HTTP_SSL_PORT", String.valueOf(sslPort)), 301);
        HttpResponse<String> plain = send(port, "GET", "/api/v1/auth/me", null, Map.of());
        assertEquals(301, plain.statusCode(), "plain HTTP is redirected");
        assertTrue(plain.headers().firstValue("Location").orElse("").startsWith("https://"), "to HTTPS");
    }

    private void start(int port, Map<String, String> environment) throws Exception {
        start(port, environment, 200);
    }

    private void start(int port, Map<String, String> environment, int readyStatus) throws Exception {
        running = launch(port, environment);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(running.isAlive(), "the app stopped: " + Files.readString(workDir.resolve("out.log")));
            try {
                if (send(port, "GET", "/q/health/ready", null, Map.of()).statusCode() == readyStatus) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // polled again below
            }
            running.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT + ": " + Files.readString(workDir.resolve("out.log")));
    }

    private Process launch(int port, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("out.log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor();
            }
        }
        running = null;
    }

    private static HttpResponse<String> send(int port, String method, String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertTrue(value.find(), name + " in " + json);
        return value.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
