package com.jkcloud.monitor.notify;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Channel calls through the API, and tokens no other test uses, so each test finds its own requests. */
final class Channels {

    static final String PATH = "/api/v1/notification-channels";

    private Channels() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Response add(String token, String name, String url) {
        return as(token).body(Map.of("name", name, "url", url)).post(PATH);
    }

    static Response add(String token, String name, String url, List<String> events) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "url", url));
        body.put("events", events);
        return as(token).body(body).post(PATH);
    }

    /** Adds a channel and answers its id. */
    static String added(String token, String url) {
        return add(token, "channel", url).then().statusCode(201).extract().path("data.id");
    }

    static Response test(String token, String channelId) {
        return as(token).post(PATH + "/" + channelId + "/test");
    }

    /** A fresh alphanumeric token of {@code length} characters starting with {@code prefix}. */
    static String token(String prefix, int length) {
        String random = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        return (prefix + random).substring(0, length);
    }
}
