package com.jkcloud.monitor.onething;

import com.jkcloud.monitor.onething.client.OneThingAccountClient;
import com.jkcloud.monitor.onething.client.OneThingControlClient;
import com.jkcloud.monitor.onething.client.Signatures;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The signing filter, through real REST clients, against a server that records what arrives. */
@QuarkusTest
class SigningFilterTest {

    private static Vertx vertx;
    private static HttpServer recorder;
    private static final AtomicReference<String> lastUri = new AtomicReference<>();
    private static final AtomicReference<String> lastBody = new AtomicReference<>();

    @BeforeAll
    static void startRecorder() throws Exception {
        vertx = Vertx.vertx();
        recorder = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            lastUri.set(request.uri());
            lastBody.set(body.toString(StandardCharsets.UTF_8));
            request.response().putHeader("Content-Type", "text/html").end("{\"rtn\":0}");
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopRecorder() {
        vertx.close();
    }

    @Test
    void signsTheKnownAnswerVectorWithTheSessionIdAsKey() {
        OneThingControlClient control = QuarkusRestClientBuilder.newBuilder().baseUri(recorderUri())
                .build(OneThingControlClient.class);

        control.listPeer(1, "2.2.1", 2, "5458114", 9, "dc3dee9cbb367601e3483835c7eacc9b", "5458114")
                .await().atMost(Duration.ofSeconds(10));

        Map<String, List<String>> query = new QueryStringDecoder(lastUri.get()).parameters();
        assertEquals(List.of("1fbb87357a71e379db26b3ac76743418"), query.get("sign"));
    }

    @Test
    void signsFormPostsWithTheEmptyKeyOverTheFieldsActuallySent() {
        OneThingAccountClient account = QuarkusRestClientBuilder.newBuilder().baseUri(recorderUri())
                .build(OneThingAccountClient.class);

        account.loginWithMail("1.6.2", "7C4FF521986B4FF8", "7C4FF521986B4FF", "f72bb84b574a4f088dfc840f58195e66",
                5, "demo@example.com", "Email").await().atMost(Duration.ofSeconds(10));

        Map<String, List<String>> form = new QueryStringDecoder(lastBody.get(), StandardCharsets.UTF_8, false).parameters();
        assertEquals(List.of("demo@example.com"), form.get("mail"));
        String canonical = "account_type=5&deviceid=7C4FF521986B4FF8&imeiid=7C4FF521986B4FF&mail=demo@example.com"
                + "&phone_area=Email&pwd=f72bb84b574a4f088dfc840f58195e66&key=";
        assertEquals(List.of(OneThingPasswords.md5Hex(canonical)), form.get("sign"));
        assertEquals(canonical, Signatures.canonical(form, ""));
        assertFalse(new QueryStringDecoder(lastUri.get()).parameters().containsKey("sign"), "query of a POST is not signed");
    }

    private static URI recorderUri() {
        return URI.create("http://127.0.0.1:" + recorder.actualPort());
    }
}
