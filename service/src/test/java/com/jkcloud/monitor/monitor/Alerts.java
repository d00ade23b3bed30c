package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.support.TestUsers;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The user's alerts as the API lists them, newest first. */
final class Alerts {

    private Alerts() {
    }

    static List<Map<String, Object>> of(TestUsers.SignedUp user) {
        return given().auth().oauth2(user.token()).get("/api/v1/alerts").then().statusCode(200)
                .extract().jsonPath().getList("data");
    }
}
