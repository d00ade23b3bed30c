package com.jkcloud.monitor.hardening;

import com.jkcloud.monitor.onething.OneThingPasswords;
import com.jkcloud.monitor.support.OneThingFixtures;
import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.jkcloud.monitor.hardening.Endpoints.body;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a whole user journey, no password, pwd, upstream session id or JWT key material is in any answer or log line. */
@QuarkusTest
class SecretsNeverLeaveTest {

    private static final Path APPLICATION_LOG = Path.of("target/test-app.log");
    private static final Path JWT_PRIVATE_KEY = Path.of("src/main/resources/dev-keys/jwt-private.pem");

    private final List<String> answers = new ArrayList<>();
    private final Filter recorder = (request, response, context) -> {
        var answer = context.next(request, response);
        answers.add(answer.getHeaders().toString() + "\n" + answer.getBody().asString());
        return answer;
    };

    @Test
    void noSecretAppearsInAnyAnswerOrInTheLog() throws IOException {
        String firstPassword = "first-Secret-" + System.nanoTime();
        String secondPassword = "second-Secret-" + System.nanoTime();
        String upstreamPassword = "upstream-Secret-" + System.nanoTime();
        String username = TestUsers.uniqueEmail("secrets");

        String token = call().body(body("username", username, "password", firstPassword)).post("/api/v1/auth/register")
                .then().statusCode(201).extract().path("data.token");
        token = call().body(body("username", username, "password", firstPassword)).post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("data.token");
        call(token).body(body("oldPassword", firstPassword, "newPassword", secondPassword)).put("/api/v1/auth/password")
                .then().statusCode(200);
        token = call().body(body("username", username, "password", secondPassword)).post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("data.token");
        call().body(body("username", username)).post("/api/v1/auth/password-reset").then().statusCode(202);

        // A OneThing account of its own, with a password no other test uses.
        var upstream = OneThingFixtures.simulator().addAccount("owner-" + System.nanoTime() + "@onething.example", upstreamPassword, 2);
        String accountId = call(token).body(body("username", upstream.username(), "password", upstreamPassword, "name", "home"))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("data.id");
        call(token).body(body("name", "renamed")).patch("/api/v1/accounts/" + accountId).then().statusCode(200);
        call(token).body(body("password", upstreamPassword)).patch("/api/v1/accounts/" + accountId).then().statusCode(200);
        call(token).get("/api/v1/accounts/" + accountId).then().statusCode(200);
        call(token).get("/api/v1/accounts/" + accountId + "/devices").then().statusCode(200);
        call(token).get("/api/v1/fleet").then().statusCode(200);
        call(token).get("/api/v1/stats/income?days=7").then().statusCode(200);
        call(token).header("Idempotency-Key", "secrets-" + System.nanoTime()).body(body()).post("/api/v1/withdrawals")
                .then().statusCode(200);
        call(TestUsers.admin().token()).post("/api/v1/admin/poll?all=true").then().statusCode(200);
        call(token).get("/api/v1/alerts").then().statusCode(200);
        call(token).get("/api/v1/me").then().statusCode(200);

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("first user password", firstPassword);
        secrets.put("second user password", secondPassword);
        secrets.put("OneThing password", upstreamPassword);
        secrets.put("OneThing pwd", OneThingPasswords.derivePwd(upstreamPassword));
        var sessionIds = OneThingFixtures.simulator().issuedSessionIds();
        assertFalse(sessionIds.isEmpty(), "the simulator issued session ids to look for");
        for (String sessionId : sessionIds) {
            secrets.put("upstream session id " + sessionId.substring(0, 6), sessionId);
        }
        List<String> keyChunks = privateKeyChunks();
        for (int index = 0; index < keyChunks.size(); index++) {
            secrets.put("JWT private key chunk " + index, keyChunks.get(index));
        }

        assertTrue(Files.exists(APPLICATION_LOG), "the test profile writes the application log to " + APPLICATION_LOG);
        String log = Files.readString(APPLICATION_LOG);
        assertTrue(log.contains("bound OneThing account " + accountId), "the log captured this scenario");
        String everyAnswer = String.join("\n", answers);
        List<String> leaks = secrets.entrySet().stream()
                .flatMap(secret -> {
                    List<String> found = new ArrayList<>();
                    if (everyAnswer.contains(secret.getValue())) {
                        found.add(secret.getKey() + " in an answer");
                    }
                    if (log.contains(secret.getValue())) {
                        found.add(secret.getKey() + " in the log");
                    }
                    return found.stream();
                })
                .collect(Collectors.toList());
        assertTrue(leaks.isEmpty(), "leaked: " + leaks);
    }

    /** The PEM body cut into 40-character pieces: any one of them in the open is a leak. */
    private static List<String> privateKeyChunks() throws IOException {
        String base64 = Files.readAllLines(JWT_PRIVATE_KEY).stream()
                .filter(line -> !line.startsWith("-----"))
                .collect(Collectors.joining());
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start + 40 <= base64.length(); start += 40) {
            chunks.add(base64.substring(start, start + 40));
        }
        return chunks;
    }

    private RequestSpecification call() {
        return given().filter(recorder).contentType(ContentType.JSON);
    }

    private RequestSpecification call(String token) {
        return call().auth().oauth2(token);
    }
}
