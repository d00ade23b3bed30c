package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@ResetsSimulatorAndClock
class AuthResourceTest {

    @Inject
    MutableClock clock;

    @Test
    void registersWithAnEmailNormalisedToLowerCase() {
        String email = TestUsers.uniqueEmail("Mixed.Case");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "  " + email.toUpperCase() + " ", "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/register")
                .then().statusCode(201)
                .body("code", equalTo(201))
                .body("message", notNullValue())
                .body("data.user.username", equalTo(email.toLowerCase()))
                .body("data.user.id", notNullValue())
                .body("data.user.createdAt", greaterThan(0L))
                .body("data.token", notNullValue())
                .body("data.user.passwordHash", nullValue())
                .body(not(containsString(TestUsers.PASSWORD)));
    }

    @Test
    void registersWithAMobileNumberAndRefusesItTwice() {
        String phone = TestUsers.uniquePhone();
        TestUsers.register(phone);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", phone, "password", "another-password"))
                .post("/api/v1/auth/register")
                .then().statusCode(409)
                .body("code", equalTo(409))
                .body("error", equalTo("CONFLICT"))
                .body("data", nullValue());
    }

    @Test
    void refusesUsernamesThatAreNeitherPhoneNorEmailAndShortPasswords() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "12345", "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/register")
                .then().statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.field", hasItem("username"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", TestUsers.uniqueEmail("short"), "password", "short"))
                .post("/api/v1/auth/register")
                .then().statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.field", hasItem("password"));
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/auth/register")
                .then().statusCode(400)
                .body("details.field", hasItem("username"))
                .body("details.field", hasItem("password"));
    }

    @Test
    void answersMalformedAndWronglyTypedJsonInTheEnvelope() {
        given().contentType(ContentType.JSON).body("{\"username\": ")
                .post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("error", equalTo("MALFORMED_JSON"))
                .body("code", equalTo(400));
        given().contentType(ContentType.JSON).body("{\"username\": {\"a\":1}, \"password\": \"x\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.field", hasItem("username"));
        given().contentType(ContentType.JSON)
                .post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("code", equalTo(400));
    }

    @Test
    void speaksEnglishWhenAskedAndChineseOtherwise() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en-US,en;q=0.9")
                .body(Map.of("username", "nobody@example.com", "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then().statusCode(401)
                .body("message", equalTo("Wrong username or password"));
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody@example.com", "password", "wrong-password"))
                .post("/api/v1/auth/login")
                .then().statusCode(401)
                .body("error", equalTo("UNAUTHORIZED"))
                .body("message", equalTo("用户名或密码错误"));
    }

    @Test
    void aTokenLastsSevenDaysByTheApplicationsClock() {
        String token = TestUsers.newUser().token();
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void signsInAndTheTokenOpensTheProfileByEitherHeader() {
        String email = TestUsers.uniqueEmail("login");
        TestUsers.register(email);
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", email, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .body("data.expiresAt", greaterThan(clock.millis()))
                .body("data.user.username", equalTo(email))
                .extract().path("data.token");

        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("data.username", equalTo(email))
                .body("data.email", equalTo(email))
                .body("data.notifications.enabled", equalTo(true))
                .body("data.roles", hasItem("user"));
        given().header("Token", token).get("/api/v1/me")
                .then().statusCode(200)
                .body("data.username", equalTo(email));
    }

    @Test
    void refusesMissingAndForgedTokens() {
        given().get("/api/v1/me").then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        given().auth().oauth2("not-a-jwt").get("/api/v1/me").then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
        given().header("Token", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").get("/api/v1/me")
                .then().statusCode(401).body("code", equalTo(401));
    }

    @Test
    void locksTheAccountForSixHoursAfterFiveFailuresInARow() {
        String email = TestUsers.uniqueEmail("lockout");
        TestUsers.register(email);
        for (int attempt = 1; attempt <= 4; attempt++) {
            TestUsers.login(email, "wrong-password-" + attempt).then().statusCode(401);
        }
        long lockedUntil = TestUsers.login(email, "wrong-password-5").then().statusCode(423)
                .body("error", equalTo("LOCKED"))
                .extract().jsonPath().getLong("data.lockedUntil");
        long sixHours = Duration.ofHours(6).toMillis();
        org.junit.jupiter.api.Assertions.assertTrue(Math.abs(lockedUntil - (clock.millis() + sixHours)) < 60_000,
                "locked for six hours");

        TestUsers.login(email, TestUsers.PASSWORD).then().statusCode(423).body("data.lockedUntil", equalTo(lockedUntil));

        clock.advance(Duration.ofHours(6).plusMinutes(1));
        TestUsers.login(email, TestUsers.PASSWORD).then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        String email = TestUsers.uniqueEmail("reset-count");
        TestUsers.register(email);
        for (int attempt = 1; attempt <= 4; attempt++) {
            TestUsers.login(email, "wrong-" + attempt + "-password").then().statusCode(401);
        }
        TestUsers.login(email, TestUsers.PASSWORD).then().statusCode(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            TestUsers.login(email, "wrong-" + attempt + "-password").then().statusCode(401);
        }
        TestUsers.login(email, TestUsers.PASSWORD).then().statusCode(200);
    }

    @Test
    void changingThePasswordRevokesEarlierTokens() {
        TestUsers.SignedUp user = TestUsers.newUser();
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("oldPassword", "not-the-password", "newPassword", "brand-new-password"))
                .put("/api/v1/auth/password")
                .then().statusCode(400).body("details.field", hasItem("oldPassword"));

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("oldPassword", TestUsers.PASSWORD, "newPassword", "brand-new-password"))
                .put("/api/v1/auth/password")
                .then().statusCode(200).body("code", equalTo(200));

        given().auth().oauth2(user.token()).get("/api/v1/me").then().statusCode(401);
        TestUsers.login(user.username(), TestUsers.PASSWORD).then().statusCode(401);
        String fresh = TestUsers.login(user.username(), "brand-new-password").then().statusCode(200).extract().path("data.token");
        given().auth().oauth2(fresh).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void changingThePasswordNeedsAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("oldPassword", TestUsers.PASSWORD, "newPassword", "brand-new-password"))
                .put("/api/v1/auth/password")
                .then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
    }

    @Test
    void updatesTheProfileAndNotificationSettings() {
        TestUsers.SignedUp user = TestUsers.register(TestUsers.uniquePhone());
        given().auth().oauth2(user.token()).get("/api/v1/me")
                .then().statusCode(200).body("data.email", nullValue());

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("email", "Owner@Example.com",
                        "notifications", Map.of("enabled", false, "events", java.util.List.of("OFFLINE"),
                                "quietHours", Map.of("start", "23:00", "end", "07:00"), "dailyReport", true)))
                .patch("/api/v1/me")
                .then().statusCode(200)
                .body("data.email", equalTo("owner@example.com"))
                .body("data.notifications.enabled", equalTo(false))
                .body("data.notifications.events", equalTo(java.util.List.of("OFFLINE")))
                .body("data.notifications.quietHours.start", equalTo("23:00"))
                .body("data.notifications.dailyReport", equalTo(true));

        given().auth().oauth2(user.token()).get("/api/v1/me")
                .then().body("data.email", equalTo("owner@example.com"))
                .body("data.notifications.enabled", equalTo(false));

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "notifications", Map.of("quietHours", Map.of("start", "25:00", "end", "07:00"))))
                .patch("/api/v1/me")
                .then().statusCode(400)
                .body("details.field", hasItem("email"))
                .body("details.field", hasItem("notifications.quietHours.start"));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body("{\"notifications\": {\"events\": [\"NOT_AN_EVENT\"]}}")
                .patch("/api/v1/me")
                .then().statusCode(400).body("code", equalTo(400));
    }

    @Test
    void grantsTheAdminRoleToConfiguredUsernames() {
        TestUsers.SignedUp admin = TestUsers.admin();
        given().auth().oauth2(admin.token()).get("/api/v1/me")
                .then().statusCode(200).body("data.roles", hasItem("admin"));
        TestUsers.SignedUp user = TestUsers.newUser();
        given().auth().oauth2(user.token()).get("/api/v1/me")
                .then().statusCode(200).body("data.roles", not(hasItem("admin")));
    }
}
