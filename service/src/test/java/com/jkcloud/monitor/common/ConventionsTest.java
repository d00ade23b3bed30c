package com.jkcloud.monitor.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ConventionsTest {

    @Test
    void unknownPathsAnswer404InTheEnvelope() {
        given().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("code", equalTo(404))
                .body("error", equalTo("NOT_FOUND"));
    }

    @Test
    void wrongMethodsAnswer405InTheEnvelope() {
        given().delete("/api/v1/timestamp")
                .then().statusCode(405)
                .body("code", equalTo(405))
                .body("error", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void oversizedBodiesAnswer413InTheEnvelope() {
        String huge = "{\"username\":\"" + "x".repeat(1100 * 1024) + "\",\"password\":\"whatever-password\"}";
        given().contentType(ContentType.JSON).body(huge)
                .post("/api/v1/auth/login")
                .then().statusCode(413)
                .body("code", equalTo(413))
                .body("error", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void wrongContentTypeIsA4xxNotA500() {
        given().contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/auth/login")
                .then().statusCode(415)
                .body("error", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void servesTheServerTimeAsAString() {
        given().get("/api/v1/timestamp")
                .then().statusCode(200)
                .body("code", equalTo(200))
                .body("data.time", matchesPattern("\\d{13}"));
    }

    @Test
    void publishesHealthMetricsAndOpenApi() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/auth/register"))
                .body(not(containsString("passwordHash")));
    }
}
