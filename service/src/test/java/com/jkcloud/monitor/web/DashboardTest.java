package com.jkcloud.monitor.web;

import com.jkcloud.monitor.support.ManyRequests;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
/** The dashboard as Quarkus' static resources serve it, next to the API's envelope. */
class DashboardTest {

    private static final String DASHBOARD_CSP = "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    @TestHTTPResource("/")
    URL root;

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
        given().get("/webjars/uplot/1.6.30/dist/uPlot.esm.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/index.html").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void browsersRevalidateTheDashboardSoAnUpgradeReachesThemAtOnce() {
        given().get("/").then().statusCode(200).header("Cache-Control", "no-cache");
        given().get("/app/main.js").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void unknownApiPathsAndMethodsAnswerTheEnvelope() {
        given().get("/api/v1/no-such-endpoint").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", equalTo("NOT_FOUND"));
        given().get("/api/no-version").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", equalTo("NOT_FOUND"));
        given().get("/no-such-page").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", equalTo("NOT_FOUND"));
    }

    @Test
    void aMissingDashboardFileStillAnswersTheEnvelope404() {
        given().get("/app/no-such-module.js")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("error", equalTo("NOT_FOUND"));
    }

    @Test
    void theDashboardItsModulesAndTheApiAnswerWithSecurityHeaders() {
        securityHeaders(given().get("/").then().statusCode(200));
        securityHeaders(given().get("/app/main.js").then().statusCode(200));
        securityHeaders(given().get("/api/v1/market").then().statusCode(200));
        securityHeaders(given().get("/api/v1/no-such-endpoint").then().statusCode(404));
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItsInlineStartUpScriptRun() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void everyPageHasAnIcon() {
        given().get("/favicon.ico").then().statusCode(200)
                .contentType(containsString("image/x-icon"))
                .body(not(equalTo("")));
        byte[] ico = given().get("/favicon.ico").then().extract().asByteArray();
        assertTrue(ico.length > 22 && ico[0] == 0 && ico[1] == 0 && ico[2] == 1 && ico[3] == 0, "an ICO file");
        given().get("/favicon.svg").then().statusCode(200).contentType(containsString("image/svg+xml"));
        given().get("/").then().body(containsString("rel=\"icon\""));
    }

    @Test
    void tenThousandMadeUpFilesAnswer404AndTheRealOnesAreStillServed() throws Exception {
        URI base = root.toURI();
        Map<Integer, Long> statuses = ManyRequests.send(10_000,
                i -> ManyRequests.to(base, "/app/made-up-" + i + ".js").GET().build());

        assertEquals(Map.of(404, 10_000L), statuses);
        given().get("/app/main.js").then().statusCode(200).body(containsString("import"));
    }

    private static void securityHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", DASHBOARD_CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }
}
