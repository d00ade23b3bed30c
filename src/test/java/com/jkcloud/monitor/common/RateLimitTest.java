package com.jkcloud.monitor.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
                    "monitor.rate-limit.bind-per-minute", "2");
        }
    }

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
