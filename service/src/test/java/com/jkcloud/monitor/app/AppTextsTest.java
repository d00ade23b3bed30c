package com.jkcloud.monitor.app;

import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The app backend's error texts come from its message bundle, in the caller's language (Chinese by default). */
@QuarkusTest
class AppTextsTest {

    @Test
    void unknownActionIsExplainedInTheCallersLanguage() {
        TestUsers.SignedUp user = TestUsers.newUser();
        Map<String, String> unknown = Map.of("uid", "no-such-action-" + System.nanoTime());
        given().contentType(ContentType.JSON).auth().oauth2(user.token()).body(unknown)
                .put("/api/v1/actions").then().statusCode(404).body("message", equalTo("没有使用该 uid 的操作"));
        given().contentType(ContentType.JSON).header("Accept-Language", "en").auth().oauth2(user.token()).body(unknown)
                .put("/api/v1/actions").then().statusCode(404).body("message", equalTo("No action has this uid"));
    }
}
