package com.jkcloud.monitor.support;

import io.restassured.http.ContentType;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Registers fresh users through the API, so tests never share state by accident. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-9";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public record SignedUp(String id, String username, String token) {
    }

    private TestUsers() {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@example.com";
    }

    public static String uniquePhone() {
        long suffix = (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 1_000_000_000L;
        return "13" + String.format("%09d", suffix);
    }

    public static SignedUp register(String username) {
        var body = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .post("/api/v1/auth/register")
                .then().statusCode(201)
                .extract().jsonPath();
        return new SignedUp(body.getString("data.user.id"), body.getString("data.user.username"), body.getString("data.token"));
    }

    public static io.restassured.response.Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    public static SignedUp newUser() {
        return register(uniqueEmail("user"));
    }

    /** Signs in a user named in {@code monitor.admin-usernames} for tests (registering it on first use). */
    public static SignedUp admin() {
        String username = "admin@example.com";
        var login = login(username, PASSWORD);
        if (login.statusCode() == 200) {
            var body = login.jsonPath();
            return new SignedUp(body.getString("data.user.id"), username, body.getString("data.token"));
        }
        return register(username);
    }
}
