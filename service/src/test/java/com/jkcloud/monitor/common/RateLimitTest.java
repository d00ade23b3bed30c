package com.jkcloud.monitor.common;

import com.jkcloud.monitor.common.http.RateLimits;
import com.jkcloud.monitor.support.ManyRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("monitor.rate-limit.enabled", "true",
                    "monitor.rate-limit.login-per-minute", "3",
                    "monitor.rate-limit.register-per-minute", "2",
                    "monitor.rate-limit.password-reset-per-minute", "2",
                    "monitor.rate-limit.bind-per-minute", "2",
                    "monitor.rate-limit.max-clients", "500");
        }
    }

    @Inject
    RateLimits rateLimits;

    @TestHTTPResource("/")
    URL root;

    @Test
    void limitsSignInAttemptsPerClientAddress() {
        for (int attempt = 0; attempt < 3; attempt++) {
            login("198.51.100.7").then().statusCode(401);
        }
        login("198.51.100.7").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo(429))
                .body("error", equalTo("RATE_LIMITED"));
        // another client is not affected
        login("198.51.100.8").then().statusCode(401);
    }

    @Test
    void limitsRegistrationPasswordResetAndBinding() {
        String client = "198.51.100.20";
        for (String path : new String[]{"/api/v1/auth/register", "/api/v1/auth/password-reset", "/api/v1/accounts"}) {
            for (int attempt = 0; attempt < 2; attempt++) {
                post(path, client).then().statusCode(org.hamcrest.Matchers.not(429));
            }
            post(path, client).then().statusCode(429).body("error", equalTo("RATE_LIMITED"));
        }
    }

    @Test
    void twentyTimesMoreClientsThanTheBoundKeepTheWindowsAtItAndLimitingStillWorks() throws Exception {
        // Unauthenticated binds: each is counted, then refused 401 without upstream work.
        java.net.URI base = root.toURI();
        Map<Integer, Long> statuses = ManyRequests.send(10_000, i -> ManyRequests.to(base, "/api/v1/accounts")
                .header("X-Forwarded-For", "2001:db8::" + Integer.toHexString(i >> 16) + ":" + Integer.toHexString(i & 0xffff))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(Map.of(401, 10_000L), statuses);
        long tracked = rateLimits.trackedClients();
        assertTrue(tracked <= 500, "windows held: " + tracked);
        for (int attempt = 0; attempt < 3; attempt++) {
            login("198.51.100.99").then().statusCode(401);
        }
        login("198.51.100.99").then().statusCode(429).body("error", equalTo("RATE_LIMITED"));
    }

    private static io.restassured.response.Response login(String client) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(Map.of("username", "nobody@example.com", "password", "wrong-password"))
                .post("/api/v1/auth/login");
    }

    private static io.restassured.response.Response post(String path, String client) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(Map.of("username", "x"))
                .post(path);
    }
}
