package com.jkcloud.monitor.hardening;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The service speaks HTTPS with a mounted certificate, and only HTTPS answers carry HSTS. */
@QuarkusTest
@TestProfile(TlsTest.SelfSignedCertificate.class)
class TlsTest {

    private static final String KEY_STORE_PASSWORD = "tls-test-secret";

    /** A fresh self-signed certificate made with the JDK's keytool, as an operator would mount one. */
    public static class SelfSignedCertificate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Path keyStore = Path.of("target", "tls-test", "server.p12").toAbsolutePath();
            generate(keyStore);
            return Map.of(
                    "quarkus.http.ssl.certificate.key-store-file", keyStore.toString(),
                    "quarkus.http.ssl.certificate.key-store-password", KEY_STORE_PASSWORD,
                    "quarkus.http.ssl-port", "0",
                    "quarkus.http.test-ssl-port", "0",
                    "quarkus.http.insecure-requests", "enabled");
        }

        private static void generate(Path keyStore) {
            try {
                Files.createDirectories(keyStore.getParent());
                Files.deleteIfExists(keyStore);
                Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
                Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA",
                        "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                        "-storepass", KEY_STORE_PASSWORD, "-keypass", KEY_STORE_PASSWORD)
                        .redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
            } catch (Exception failed) {
                throw new IllegalStateException("could not make a self-signed certificate", failed);
            }
        }
    }

    @TestHTTPResource(value = "/api/v1/timestamp", tls = true)
    URL https;

    @TestHTTPResource("/api/v1/timestamp")
    URL http;

    @Test
    void answersOverTlsWithStrictTransportSecurity() {
        given().relaxedHTTPSValidation().get(https)
                .then().statusCode(200)
                .body("code", equalTo(200))
                .header("Strict-Transport-Security", startsWith("max-age="));
    }

    @Test
    void plainHttpAnswersWithoutStrictTransportSecurity() {
        given().get(http)
                .then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
