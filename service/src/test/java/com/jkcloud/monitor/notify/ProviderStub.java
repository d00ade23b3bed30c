package com.jkcloud.monitor.notify;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A local HTTP server (Vert.x, port 0) that plays every notification and push provider: each provider's base URL
 * points at one path prefix ({@code /bark}, {@code /dingtalk}, ...). It records what it received and answers
 * as the provider does on success, unless a test tells a prefix to answer otherwise.
 */
public final class ProviderStub {

    /** One request as it arrived on the wire; {@code receivedNanos} is {@link System#nanoTime()} on arrival. */
    public record Received(String method, String path, String rawQuery, MultiMap query, MultiMap headers, String body,
                           long receivedNanos) {
    }

    private record Reply(int status, String body) {
    }

    static final Map<String, String> SUCCESS = Map.of(
            "/serverchan", "{\"code\":0,\"message\":\"\",\"data\":{\"pushid\":\"1\"}}",
            "/pushplus", "{\"code\":200,\"msg\":\"请求成功\",\"data\":\"1\"}",
            "/wecom", "{\"errcode\":0,\"errmsg\":\"ok\"}",
            "/dingtalk", "{\"errcode\":0,\"errmsg\":\"ok\"}",
            "/feishu", "{\"code\":0,\"msg\":\"success\",\"data\":{}}",
            "/telegram", "{\"ok\":true,\"result\":{\"message_id\":1}}",
            "/bark", "{\"code\":200,\"message\":\"success\",\"timestamp\":1}",
            "/jpush", "{\"sendno\":\"0\",\"msg_id\":\"54043195528453436\"}",
            "/mipush", "{\"result\":\"ok\",\"code\":0,\"data\":{\"id\":\"slm1\"},\"description\":\"成功\"}",
            "/webhook", "");

    private static volatile ProviderStub shared;

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();

    private ProviderStub() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String path = request.path();
            received.add(new Received(request.method().name(), path, request.query(), request.params(),
                    MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body.toString(), System.nanoTime()));
            String prefix = "/" + path.split("/")[1];
            Reply reply = replies.getOrDefault(prefix, new Reply(prefix.equals("/webhook") ? 204 : 200, SUCCESS.getOrDefault(prefix, "")));
            request.response().setStatusCode(reply.status()).putHeader("Content-Type", "application/json").end(reply.body());
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static synchronized ProviderStub start() throws Exception {
        if (shared == null) {
            shared = new ProviderStub();
        }
        return shared;
    }

    public static ProviderStub shared() {
        return shared;
    }

    public String url(String prefix) {
        return "http://127.0.0.1:" + server.actualPort() + prefix;
    }

    public int port() {
        return server.actualPort();
    }

    /** The next requests to this provider get this answer instead of the success one. */
    public void answer(String prefix, int status, String body) {
        replies.put(prefix, new Reply(status, body));
    }

    public void reset() {
        replies.clear();
    }

    /** The one request the stub received that matches; a test names something only its own request holds. */
    public Received only(Predicate<Received> matching) {
        List<Received> found = received.stream().filter(matching).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one matching request, got " + found.size() + ": " + found);
        }
        return found.get(0);
    }

    public List<Received> all(Predicate<Received> matching) {
        return received.stream().filter(matching).toList();
    }

    public Optional<Received> any(Predicate<Received> matching) {
        return received.stream().filter(matching).findFirst();
    }

    void close() {
        vertx.close();
    }
}
