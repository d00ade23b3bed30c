package com.jkcloud.monitor.common.security;

import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Behind an HTTPS ingress the dashboard's own calls carry {@code Origin: https://host}; the test client connects
 * from loopback, which {@code monitor.trusted-proxies} trusts, as an ingress would.
 */
@QuarkusTest
class ForwardedSameOriginTest {

    private static final String ORIGIN = "https://monitor.example.com";

    private static RequestSpecification login(String username) {
        return given().contentType(ContentType.JSON).header("Origin", ORIGIN)
                .body(Map.of("username", username, "password", TestUsers.PASSWORD));
    }

    @Test
    void theDashboardBehindAnHttpsProxyIsSameOrigin() {
        String username = TestUsers.newUser().username();
        login(username).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "monitor.example.com")
                .post("/api/v1/auth/login").then().statusCode(200);
        login(username).header("Forwarded", "for=203.0.113.9;proto=https;host=monitor.example.com:443")
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void anotherOriginIsStillRefused() {
        String username = TestUsers.newUser().username();
        login(username).post("/api/v1/auth/login").then().statusCode(403);
        // The proxy says the page came from another host than the one asking.
        login(username).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example.net")
                .post("/api/v1/auth/login").then().statusCode(403);
        login(username).header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "monitor.example.com")
                .post("/api/v1/auth/login").then().statusCode(403);
    }
}
