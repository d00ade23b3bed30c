package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Profile edits and password changes touch different fields of one user: neither may undo the other. */
@QuarkusTest
class ProfileRaceTest {

    private static final int ROUNDS = 8;
    private static final String NEW_PASSWORD = "changed-password-7";

    @TestHTTPResource("/api/v1/me")
    URI meUri;

    @TestHTTPResource("/api/v1/auth/password")
    URI passwordUri;

    @Test
    void aProfileEditRacingAPasswordChangeNeverBringsBackTheOldPasswordOrToken() {
        for (int round = 0; round < ROUNDS; round++) {
            TestUsers.SignedUp user = TestUsers.newUser();
            CompletableFuture<ParallelRequests.Answer> passwordChange = ParallelRequests.send("PUT", passwordUri, user.token(),
                    "{\"oldPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
            String keptEmail = editUntilRevoked(user.token(), round, passwordChange);

            assertEquals(200, passwordChange.join().status(), "the password change went through");
            assertNotNull(keptEmail, "at least one edit went through before the old token was revoked");
            TestUsers.login(user.username(), TestUsers.PASSWORD).then().statusCode(401);
            given().auth().oauth2(user.token()).get("/api/v1/me").then().statusCode(401);
            String fresh = TestUsers.login(user.username(), NEW_PASSWORD).then().statusCode(200)
                    .extract().path("data.token");
            given().auth().oauth2(fresh).get("/api/v1/me").then().statusCode(200)
                    .body("data.email", equalTo(keptEmail));
        }
    }

    /** PATCHes one edit after another while the password change runs; answers the last e-mail accepted. */
    private String editUntilRevoked(String token, int round, CompletableFuture<ParallelRequests.Answer> passwordChange) {
        String accepted = null;
        for (int edit = 0; edit < 500; edit++) {
            String email = "round-" + round + "-edit-" + edit + "@example.com";
            ParallelRequests.Answer answer = ParallelRequests.send("PATCH", meUri, token,
                    "{\"email\":\"" + email + "\",\"notifications\":{\"dailyReport\":" + (edit % 2 == 0) + "}}").join();
            if (answer.status() == 401) {
                return accepted;
            }
            assertEquals(200, answer.status(), "an edit by a current token is accepted");
            accepted = email;
            if (passwordChange.isDone() && edit > 0) {
                // One more edit after the change answered: its token is revoked by now.
                ParallelRequests.Answer late = ParallelRequests.send("PATCH", meUri, token, "{\"email\":\"late@example.com\"}").join();
                assertEquals(401, late.status(), "the old token stops working once the change has answered");
                return accepted;
            }
        }
        return accepted;
    }
}
