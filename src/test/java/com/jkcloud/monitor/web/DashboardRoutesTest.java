package com.jkcloud.monitor.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class DashboardRoutesTest {

    @Test
    void theDashboardIsServedAtTheRoot() {
        given().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/app/main.js"));
    }

    @Test
    void itsModulesAndTheChartWebJarAreServed() {
        given().get("/app/main.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/webjars/uplot/1.6.30/dist/uPlot.esm.js").then().statusCode(200);
    }

    @Test
    void aMissingDashboardFileStillAnswersTheEnvelope404() {
        given().get("/app/no-such-module.js")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("error", equalTo("NOT_FOUND"));
    }
}
