package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.support.MutableClock;
import com.jkcloud.monitor.support.ResetsSimulatorAndClock;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@ResetsSimulatorAndClock
class LockoutTest {

    private static final int PARALLEL_GUESSES = 400;

    @Inject
    MutableClock clock;

    @TestHTTPResource("/api/v1/auth/login")
    URI loginUri;

    @Test
    void hundredsOfParallelWrongPasswordsGetNoMoreGuessesThanAllowed() {
        String email = TestUsers.uniqueEmail("parallel-lockout");
        TestUsers.register(email);

        List<ParallelRequests.Answer> answers = ParallelRequests.post(loginUri,
                "{\"username\":\"" + email + "\",\"password\":\"wrong-password-guess\"}", PARALLEL_GUESSES);

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(ParallelRequests.Answer::status, Collectors.counting()));
        // Five guesses are checked: four answer 401, the fifth locks (423); nobody else gets a guess.
        assertEquals(Map.of(401, 4L, 423, (long) PARALLEL_GUESSES - 4), byStatus);
        Set<Long> lockedUntil = answers.stream().filter(answer -> answer.status() == 423)
                .map(answer -> answer.body().getLong("data.lockedUntil")).collect(Collectors.toSet());
        assertEquals(1, lockedUntil.size(), "every refusal names the one lock");

        TestUsers.login(email, TestUsers.PASSWORD).then().statusCode(423)
                .body("error", equalTo("LOCKED"))
                .body("data.lockedUntil", equalTo(lockedUntil.iterator().next()));
    }

    @Test
    void warnsTwoAttemptsBeforeTheLockAndTheLockSaysWhenAndHowItEnds() {
        String email = TestUsers.uniqueEmail("lock-texts");
        TestUsers.register(email);
        wrongPassword(email, "en").then().statusCode(401).body("message", equalTo("Wrong username or password"));
        wrongPassword(email, "en").then().statusCode(401).body("message", equalTo("Wrong username or password"));
        wrongPassword(email, "en").then().statusCode(401)
                .body("message", equalTo("Wrong username or password; two attempts left before the account is locked"));
        wrongPassword(email, null).then().statusCode(401)
                .body("message", equalTo("用户名或密码错误，再失败 1 次账号将被锁定"));

        long lockedUntil = wrongPassword(email, "en").then().statusCode(423)
                .body("error", equalTo("LOCKED"))
                .extract().jsonPath().getLong("data.lockedUntil");
        String unlockTime = chinaTime(lockedUntil);
        wrongPassword(email, "en").then().statusCode(423)
                .body("data.lockedUntil", equalTo(lockedUntil))
                .body("message", equalTo("Too many failed sign-ins: the account is locked until " + unlockTime
                        + " (China time, UTC+8), or until you reset the password"));
        TestUsers.login(email, TestUsers.PASSWORD).then().statusCode(423)
                .body("message", containsString(unlockTime))
                .body("message", containsString("重置密码可立即解锁"));
    }

    @Test
    void aSignInAfterTheLockEndsGetsTheFullNumberOfAttempts() {
        String email = TestUsers.uniqueEmail("after-lock");
        TestUsers.register(email);
        for (int attempt = 1; attempt <= 4; attempt++) {
            wrongPassword(email, "en").then().statusCode(401);
        }
        wrongPassword(email, "en").then().statusCode(423);
        clock.advance(java.time.Duration.ofHours(6).plusMinutes(1));
        for (int attempt = 1; attempt <= 4; attempt++) {
            wrongPassword(email, "en").then().statusCode(401);
        }
        TestUsers.login(email, TestUsers.PASSWORD).then().statusCode(200);
    }

    private static io.restassured.response.Response wrongPassword(String email, String language) {
        var request = given().contentType(ContentType.JSON)
                .body(Map.of("username", email, "password", "not-the-password"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.post("/api/v1/auth/login");
    }

    private static String chinaTime(long epochMillis) {
        Instant until = Instant.ofEpochMilli(epochMillis);
        Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
        Instant shown = minute.equals(until) ? until : minute.plus(1, ChronoUnit.MINUTES);
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE).format(shown);
    }
}
