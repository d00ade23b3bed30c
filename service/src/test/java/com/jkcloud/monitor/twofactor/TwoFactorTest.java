package com.jkcloud.monitor.twofactor;

import com.jkcloud.monitor.support.Authenticator;
import com.jkcloud.monitor.support.ManyRequests;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsSimulatorAndClock
class TwoFactorTest {

    /** Mid-step, so a code stays current while a test makes its requests. */
    private static final Instant MID_STEP = MutableClock.START.plusSeconds(15);
    private static final Path APPLICATION_LOG = Path.of("target/test-app.log");

    @Inject
    MutableClock clock;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI root;

    @BeforeEach
    void freezeMidStep() {
        clock.freeze(MID_STEP);
    }

    record Enrolled(TestUsers.SignedUp user, String secret, List<String> recoveryCodes) {
    }

    @Test
    void enrolmentShowsASecretAndQrCodeAndTurnsOnOnlyWithAValidCode() {
        TestUsers.SignedUp user = TestUsers.newUser();
        var enrolment = as(user.token()).post("/api/v1/me/2fa").then().statusCode(200).extract().jsonPath();
        String secret = enrolment.getString("data.secret");
        assertTrue(secret.matches("[A-Z2-7]{32}"), "a Base32 secret of 160 bits: " + secret.length());
        assertTrue(enrolment.getString("data.otpauthUri").startsWith("otpauth://totp/JK%20Cloud%20Monitor%3A"));
        assertTrue(enrolment.getString("data.otpauthUri").contains("secret=" + secret));
        String qr = enrolment.getString("data.qrPng");
        assertTrue(qr.startsWith("data:image/png;base64,"));
        byte[] png = Base64.getDecoder().decode(qr.substring("data:image/png;base64,".length()));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        assertTrue(readsAsImage(png), "the PNG decodes");

        // not active until confirmed
        TestUsers.login(user.username(), TestUsers.PASSWORD).then().statusCode(200);
        as(user.token()).get("/api/v1/me/2fa").then().statusCode(200).body("data.enabled", equalTo(false));
        as(user.token()).body(Map.of("code", wrong(Authenticator.code(secret, clock.instant()))))
                .post("/api/v1/me/2fa/confirm")
                .then().statusCode(400).body("error", equalTo("VALIDATION_FAILED")).body("details.field", org.hamcrest.Matchers.hasItem("code"));
        as(user.token()).body(Map.of("code", Authenticator.code(secret, clock.instant())))
                .post("/api/v1/me/2fa/confirm")
                .then().statusCode(200).body("data.recoveryCodes", hasSize(10));
        as(user.token()).get("/api/v1/me/2fa").then().statusCode(200).body("data.enabled", equalTo(true));
        // a second enrolment while on is refused
        as(user.token()).post("/api/v1/me/2fa").then().statusCode(409);
    }

    @Test
    void signInNeedsACurrentCodeEachAcceptedOnceWithinOneStepOfDrift() {
        Enrolled enrolled = enrolled();
        String username = enrolled.user().username();
        login(username, null).then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"))
                .body("data", org.hamcrest.Matchers.nullValue());
        // the enrolment used this step's code: the next step's
        step();
        String code = Authenticator.code(enrolled.secret(), clock.instant());
        login(username, wrong(code)).then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        login(username, code).then().statusCode(200).body("data.token", org.hamcrest.Matchers.notNullValue());
        login(username, code).then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED")); // replay

        // a code from the step before still works (slow typing, drift); two steps back does not
        step();
        step();
        login(username, Authenticator.code(enrolled.secret(), clock.instant().minus(Duration.ofSeconds(30))))
                .then().statusCode(200);
        step();
        step();
        login(username, Authenticator.code(enrolled.secret(), clock.instant().minus(Duration.ofSeconds(60))))
                .then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        // and one step ahead (a phone whose clock runs fast)
        login(username, Authenticator.code(enrolled.secret(), clock.instant().plus(Duration.ofSeconds(30))))
                .then().statusCode(200);
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() {
        Enrolled enrolled = enrolled();
        String recovery = enrolled.recoveryCodes().get(3);
        login(enrolled.user().username(), recovery.toUpperCase()).then().statusCode(200);
        login(enrolled.user().username(), recovery).then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        login(enrolled.user().username(), enrolled.recoveryCodes().get(4)).then().statusCode(200);
    }

    @Test
    void aCodeOrRecoveryCodeSentByManyAtOnceSignsInOnce() throws Exception {
        Enrolled enrolled = enrolled();
        step();
        String code = Authenticator.code(enrolled.secret(), clock.instant());
        Map<Integer, Long> byCode = ManyRequests.send(100, i -> signInRequest(enrolled.user().username(), code));
        assertEquals(1L, byCode.get(200), "one sign-in with the code: " + byCode);

        Enrolled other = enrolled();
        String recovery = other.recoveryCodes().get(0);
        Map<Integer, Long> byRecovery = ManyRequests.send(100, i -> signInRequest(other.user().username(), recovery));
        assertEquals(1L, byRecovery.get(200), "one sign-in with the recovery code: " + byRecovery);
    }

    private java.net.http.HttpRequest signInRequest(String username, String code) {
        return ManyRequests.to(root, "/api/v1/auth/login").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\"" + code + "\"}")).build();
    }

    @Test
    void wrongCodesCountTowardTheLockout() {
        Enrolled enrolled = enrolled();
        step();
        String right = Authenticator.code(enrolled.secret(), clock.instant());
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(login(enrolled.user().username(), wrong(right)).statusCode());
        }
        assertEquals(List.of(401, 401, 401, 401, 423), statuses);
        // locked: even the right code and password are refused now
        login(enrolled.user().username(), right).then().statusCode(423).body("error", equalTo("LOCKED"));
    }

    @Test
    void guardedCallsNeedACurrentCodeInXOtp() {
        Enrolled enrolled = enrolled();
        String token = enrolled.user().token();
        step();
        as(token).body(Map.of("accountIds", List.of())).post("/api/v1/withdrawals")
                .then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        as(token).body(Map.of("enabled", true)).put("/api/v1/withdrawals/auto")
                .then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        var upstream = OneThingFixtures.phoneAccount(1);
        Map<String, Object> bind = Map.of("username", upstream.username(), "password", OneThingFixtures.UPSTREAM_PASSWORD);
        as(token).body(bind).post("/api/v1/accounts").then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        String code = Authenticator.code(enrolled.secret(), clock.instant());
        as(token).header("X-OTP", wrong(code)).body(bind).post("/api/v1/accounts")
                .then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        as(token).header("X-OTP", code).body(bind).post("/api/v1/accounts").then().statusCode(201);
        // that code is spent
        as(token).header("X-OTP", code).body(Map.of("accountIds", List.of())).post("/api/v1/withdrawals")
                .then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        step();
        Response withdrawal = as(token).header("X-OTP", Authenticator.code(enrolled.secret(), clock.instant()))
                .header("Idempotency-Key", "2fa-" + System.nanoTime())
                .body(Map.of()).post("/api/v1/withdrawals");
        assertNotEquals(401, withdrawal.statusCode(), withdrawal.asString());

        // turning 2FA off: the code in X-OTP and in the body
        step();
        String off = Authenticator.code(enrolled.secret(), clock.instant());
        as(token).body(Map.of("code", off)).delete("/api/v1/me/2fa")
                .then().statusCode(401).body("error", equalTo("TWO_FACTOR_REQUIRED"));
        as(token).header("X-OTP", off).body(Map.of("code", off)).delete("/api/v1/me/2fa").then().statusCode(200);
        as(token).get("/api/v1/me/2fa").then().body("data.enabled", equalTo(false));
        login(enrolled.user().username(), null).then().statusCode(200);
        // without 2FA the guarded calls need no code
        as(token).body(Map.of("username", OneThingFixtures.phoneAccount(1).username(),
                "password", OneThingFixtures.UPSTREAM_PASSWORD)).post("/api/v1/accounts").then().statusCode(201);
    }

    @Test
    void aRecoveryCodeTurnsTwoFactorOffWhenThePhoneIsLost() {
        Enrolled enrolled = enrolled();
        String recovery = enrolled.recoveryCodes().get(0);
        as(enrolled.user().token()).header("X-OTP", recovery).body(Map.of("code", recovery)).delete("/api/v1/me/2fa")
                .then().statusCode(200);
        login(enrolled.user().username(), null).then().statusCode(200);
    }

    @Test
    void neitherTheSecretNorARecoveryCodeIsInALaterAnswerOrTheLog() throws Exception {
        Enrolled enrolled = enrolled();
        String token = enrolled.user().token();
        step();
        String signedIn = login(enrolled.user().username(), Authenticator.code(enrolled.secret(), clock.instant()))
                .then().statusCode(200).extract().asString();
        List<String> answers = List.of(signedIn,
                as(token).get("/api/v1/me").asString(),
                as(token).get("/api/v1/me/2fa").asString(),
                as(token).get("/api/v1/me/sessions").asString(),
                as(token).get("/api/v1/me/audit").asString(),
                as(token).post("/api/v1/me/2fa").asString());
        String log = Files.readString(APPLICATION_LOG);
        for (String secret : secrets(enrolled)) {
            for (String answer : answers) {
                assertFalse(answer.contains(secret), "a secret in an answer: " + answer);
            }
            assertFalse(log.contains(secret), "a secret in the log");
        }
        assertTrue(answers.get(4).contains("TWO_FACTOR_ENABLED"), "the journey was recorded: " + answers.get(4));
    }

    private static List<String> secrets(Enrolled enrolled) {
        List<String> secrets = new ArrayList<>(enrolled.recoveryCodes());
        secrets.addAll(enrolled.recoveryCodes().stream().map(code -> code.replace("-", "")).toList());
        secrets.add(enrolled.secret());
        return secrets;
    }

    /** A user with 2FA on; this step's code is used up by the confirmation. */
    private Enrolled enrolled() {
        TestUsers.SignedUp user = TestUsers.newUser();
        String secret = as(user.token()).post("/api/v1/me/2fa").then().statusCode(200).extract().path("data.secret");
        List<String> codes = as(user.token()).body(Map.of("code", Authenticator.code(secret, clock.instant())))
                .post("/api/v1/me/2fa/confirm").then().statusCode(200).extract().jsonPath()
                .getList("data.recoveryCodes", String.class);
        assertEquals(10, codes.stream().distinct().count());
        return new Enrolled(user, secret, codes);
    }

    private void step() {
        clock.freeze(clock.instant().plus(Duration.ofSeconds(30)));
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static Response login(String username, String code) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", TestUsers.PASSWORD));
        if (code != null) {
            body.put("code", code);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/auth/login");
    }

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    private static boolean readsAsImage(byte[] png) {
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            return image != null && image.getWidth() >= 200;
        } catch (java.io.IOException unreadable) {
            return false;
        }
    }
}
