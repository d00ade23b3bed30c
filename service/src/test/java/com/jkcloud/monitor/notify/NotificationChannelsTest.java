package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static com.jkcloud.monitor.notify.Channels.PATH;
import static com.jkcloud.monitor.notify.Channels.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@ResetsProviderStub
class NotificationChannelsTest {

    private static final List<String> ALL_EVENTS = List.of("OFFLINE", "EXCEPTION", "RECOVERED", "AUTH_FAILED",
            "WITHDRAWAL", "PRICE", "REPORT", "SECURITY");

    @Test
    void addsAChannelWithItsKeyMaskedAndListsOnlyTheCallersChannels() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        TestUsers.SignedUp other = TestUsers.newUser();
        String sendKey = Channels.token("SCT1", 30);

        String created = Channels.add(owner.token(), "My phone", "schan://" + sendKey)
                .then().statusCode(201)
                .body("code", equalTo(201))
                .body("data.id", notNullValue())
                .body("data.name", equalTo("My phone"))
                .body("data.type", equalTo("SERVERCHAN"))
                .body("data.target", equalTo("schan://SCT1****"))
                .body("data.events", equalTo(ALL_EVENTS))
                .body("data.enabled", equalTo(true))
                .body("data.createdAt", notNullValue())
                .body("data.lastDelivery", nullValue())
                .body("data", not(org.hamcrest.Matchers.hasKey("secret")))
                .extract().asString();
        assertFalse(created.contains(sendKey.substring(4)), created);

        String listed = as(owner.token()).get(PATH).then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].target", equalTo("schan://SCT1****"))
                .extract().asString();
        assertFalse(listed.contains(sendKey.substring(4)));
        as(other.token()).get(PATH).then().statusCode(200).body("data", hasSize(0));
    }

    @Test
    void masksEveryProvidersTokensAndSecrets() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String token = Channels.token("tok1", 32);
        String secret = Channels.token("SEC9", 40);
        Map<String, String> masked = Map.of(
                "pushplus://" + token, "pushplus://tok1****",
                "wecombot://" + token, "wecombot://tok1****",
                "dingtalk://" + token + "/" + secret, "dingtalk://tok1****/****",
                "feishu://" + token, "feishu://tok1****",
                "tgram://123456789:" + token + "/-100200300", "tgram://1234****/-100200300",
                "bark://" + token, "bark://tok1****",
                "jsons://hooks.example.com/in/" + token + "?key=" + secret, "jsons://hooks.example.com/****",
                "mailto://Owner@Example.com", "mailto://owner@example.com");
        masked.forEach((url, target) -> {
            String answer = Channels.add(owner.token(), "c", url).then().statusCode(201)
                    .body("data.target", equalTo(target)).extract().asString();
            assertFalse(answer.contains(token) || answer.contains(secret), answer);
        });
    }

    @Test
    void malformedUrlsAre400NamingTheUrlField() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        for (String url : List.of("", "no-scheme-here", "://token", "schan://", "schan://has space", "schan://a/b",
                "dingtalk://token/secret/extra", "tgram://not-a-bot-token/123", "tgram://123456789:abcdefghijkl",
                "mailto://not-an-address", "json://", "json://user:pass@example.com/hook", "bark://" + "x".repeat(3000))) {
            Channels.add(owner.token(), "c", url).then().statusCode(400)
                    .body("code", equalTo(400))
                    .body("error", equalTo("VALIDATION_FAILED"))
                    .body("details[0].field", equalTo("url"));
        }
        as(owner.token()).body(Map.of("name", "no url")).post(PATH).then().statusCode(400)
                .body("details[0].field", equalTo("url"));
        as(owner.token()).body("{\"name\":\"x\",").post(PATH).then().statusCode(400).body("error", equalTo("MALFORMED_JSON"));
        as(owner.token()).get(PATH).then().body("data", hasSize(0));
    }

    @Test
    void anUnknownSchemeIs422Unprocessable() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        Channels.add(owner.token(), "slack", "slack://T000/B000/XXXX").then().statusCode(422)
                .body("code", equalTo(422))
                .body("error", equalTo("UNPROCESSABLE"))
                .body("message", containsString("schan"));
    }

    @Test
    void namesAndEventsAreValidated() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String url = "bark://" + Channels.token("bk", 22);
        Channels.add(owner.token(), "  ", url).then().statusCode(400).body("details[0].field", equalTo("name"));
        Channels.add(owner.token(), "x".repeat(65), url).then().statusCode(400).body("details[0].field", equalTo("name"));
        Channels.add(owner.token(), "c", url, List.of("OFFLINE", "NOPE")).then().statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details[0].field", equalTo("events[1]"));
        Channels.add(owner.token(), "c", url, List.of("TEST")).then().statusCode(400).body("details[0].field", equalTo("events[0]"));
        Channels.add(owner.token(), "c", url, List.of()).then().statusCode(400).body("details[0].field", equalTo("events"));
        as(owner.token()).body(Map.of("name", "c", "url", url, "events", "OFFLINE")).post(PATH).then().statusCode(400);

        Channels.add(owner.token(), "c", url, List.of("RECOVERED", "OFFLINE", "RECOVERED")).then().statusCode(201)
                .body("data.events", contains("RECOVERED", "OFFLINE"));
    }

    @Test
    void aWebhookShowsItsSigningSecretOnceOnly() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String secret = Channels.add(owner.token(), "hook", "json://127.0.0.1:9/webhook/once")
                .then().statusCode(201)
                .body("data.type", equalTo("WEBHOOK"))
                .body("data.target", equalTo("json://127.0.0.1:9/****"))
                .body("data.secret", matchesPattern("[0-9a-f]{64}"))
                .extract().path("data.secret");
        String id = as(owner.token()).get(PATH).then().extract().path("data[0].id");
        String listed = as(owner.token()).get(PATH).then().statusCode(200).extract().asString();
        String renamed = as(owner.token()).body(Map.of("name", "renamed")).patch(PATH + "/" + id)
                .then().statusCode(200).body("data.name", equalTo("renamed")).extract().asString();
        assertFalse(listed.contains(secret));
        assertFalse(renamed.contains(secret));

        // A channel that becomes a webhook shows the secret in that answer, as nothing else ever will.
        String barkId = Channels.added(owner.token(), "bark://" + Channels.token("bk", 22));
        as(owner.token()).body(Map.of("url", "json://127.0.0.1:9/webhook/later")).patch(PATH + "/" + barkId)
                .then().statusCode(200)
                .body("data.type", equalTo("WEBHOOK"))
                .body("data.secret", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String id = Channels.add(owner.token(), "Kitchen", "pushplus://" + Channels.token("pp", 32), List.of("OFFLINE"))
                .then().statusCode(201).extract().path("data.id");

        as(owner.token()).body(Map.of("enabled", false)).patch(PATH + "/" + id).then().statusCode(200)
                .body("data.enabled", equalTo(false))
                .body("data.name", equalTo("Kitchen"))
                .body("data.events", contains("OFFLINE"))
                .body("data.type", equalTo("PUSHPLUS"));
        String barkKey = Channels.token("BARK", 22);
        as(owner.token()).body(Map.of("url", "bark://" + barkKey, "events", List.of("PRICE", "REPORT")))
                .patch(PATH + "/" + id).then().statusCode(200)
                .body("data.type", equalTo("BARK"))
                .body("data.target", equalTo("bark://BARK****"))
                .body("data.events", contains("PRICE", "REPORT"))
                .body("data.enabled", equalTo(false));
        as(owner.token()).body(Map.of()).patch(PATH + "/" + id).then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"));
        as(owner.token()).body(Map.of("url", "schan://")).patch(PATH + "/" + id).then().statusCode(400)
                .body("details[0].field", equalTo("url"));
        as(owner.token()).body(Map.of("url", "irc://x")).patch(PATH + "/" + id).then().statusCode(422);
        as(owner.token()).get(PATH).then().body("data[0].type", equalTo("BARK"));
    }

    @Test
    void anotherUsersChannelOrAMalformedIdIs404() {
        TestUsers.SignedUp owner = TestUsers.newUser();
        TestUsers.SignedUp other = TestUsers.newUser();
        String id = Channels.added(owner.token(), "bark://" + Channels.token("bk", 22));

        for (String path : List.of(PATH + "/" + id, PATH + "/not-an-id", PATH + "/000000000000000000000000")) {
            as(other.token()).body(Map.of("name", "mine now")).patch(path).then().statusCode(404).body("error", equalTo("NOT_FOUND"));
            as(other.token()).delete(path).then().statusCode(404).body("error", equalTo("NOT_FOUND"));
            as(other.token()).post(path + "/test").then().statusCode(404).body("error", equalTo("NOT_FOUND"));
        }
        as(owner.token()).get(PATH).then().body("data[0].name", equalTo("channel"));
        io.restassured.RestAssured.given().get(PATH).then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));

        as(owner.token()).delete(PATH + "/" + id).then().statusCode(200).body("code", equalTo(200));
        as(owner.token()).delete(PATH + "/" + id).then().statusCode(404);
        as(owner.token()).get(PATH).then().body("data", hasSize(0));
    }

    @Test
    void aDeliveryRecordNeverUndoesAConcurrentChange() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String id = Channels.added(owner.token(), "bark://" + Channels.token("bk", 22));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            IntStream.range(0, 60).forEach(round -> {
                calls.add(CompletableFuture.supplyAsync(() -> Channels.test(owner.token(), id).statusCode(), pool));
                calls.add(CompletableFuture.supplyAsync(() -> as(owner.token()).body(Map.of("name", "renamed-" + round))
                        .patch(PATH + "/" + id).statusCode(), pool));
            });
            calls.add(CompletableFuture.supplyAsync(() -> as(owner.token()).body(Map.of("enabled", false))
                    .patch(PATH + "/" + id).statusCode(), pool));
            for (CompletableFuture<Integer> call : calls) {
                assertEquals(200, call.get());
            }
        } finally {
            pool.shutdown();
        }
        as(owner.token()).get(PATH).then()
                .body("data", hasSize(1))
                .body("data[0].enabled", equalTo(false))
                .body("data[0].name", matchesPattern("renamed-\\d+"))
                .body("data[0].lastDelivery.status", equalTo("SENT"));
    }

    @Test
    void parallelAddsAreAllKept() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Response>> adds = IntStream.range(0, 100)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> Channels.add(owner.token(), "c" + n,
                            "bark://" + Channels.token("bk", 22)), pool))
                    .toList();
            for (CompletableFuture<Response> add : adds) {
                assertEquals(201, add.get().statusCode());
            }
        } finally {
            pool.shutdown();
        }
        as(owner.token()).get(PATH).then().body("data", hasSize(100));
    }

    @Test
    void noChannelSecretReachesAnAnswerOrTheLog() throws Exception {
        TestUsers.SignedUp owner = TestUsers.newUser();
        String dingToken = Channels.token("dtok", 40);
        String dingSecret = Channels.token("SECx", 48);
        String telegramToken = "987654321:" + Channels.token("AAF", 35);
        List<String> answers = new ArrayList<>();

        Response ding = Channels.add(owner.token(), "ding", "dingtalk://" + dingToken + "/" + dingSecret);
        answers.add(ding.asString());
        Response telegram = Channels.add(owner.token(), "tg", "tgram://" + telegramToken + "/12345");
        answers.add(telegram.asString());
        Response hook = Channels.add(owner.token(), "hook", "json://127.0.0.1:" + ProviderStub.shared().port() + "/webhook/"
                + Channels.token("hooktoken", 30));
        answers.add(hook.asString());
        String webhookSecret = hook.path("data.secret");

        answers.add(Channels.test(owner.token(), ding.path("data.id")).asString());
        // A provider that echoes the token it was called with: the owner sees its answer with the token masked.
        ProviderStub.shared().answer("/telegram", 401,
                "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized: bot " + telegramToken + " unknown\"}");
        Response refused = Channels.test(owner.token(), telegram.path("data.id"));
        refused.then().statusCode(502).body("error", equalTo("UPSTREAM_ERROR"))
                .body("message", containsString("Unauthorized: bot ****"));
        answers.add(refused.asString());
        answers.add(Channels.test(owner.token(), hook.path("data.id")).asString());
        answers.add(as(owner.token()).get(PATH).asString());

        String everyAnswer = String.join("\n", answers);
        String log = Files.readString(Path.of("target/test-app.log"));
        for (String secret : List.of(dingToken, dingSecret, telegramToken.substring(10))) {
            assertFalse(everyAnswer.contains(secret), "an answer holds " + secret);
            assertFalse(log.contains(secret), "the log holds a channel secret");
        }
        assertFalse(log.contains(webhookSecret), "the log holds a webhook secret");
        assertTrue(hook.asString().contains(webhookSecret), "the 201 of a webhook shows its secret");
        assertEquals(1, everyAnswer.split(webhookSecret, -1).length - 1, "the webhook secret appears in its 201 only");
    }
}
