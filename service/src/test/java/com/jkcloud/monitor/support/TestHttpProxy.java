package com.jkcloud.monitor.support;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small forwarding HTTP proxy (absolute-URI requests, as clients send them to an HTTP proxy), recording
 * which OneThing accounts went through it. With credentials it answers 407 to requests without them.
 */
public final class TestHttpProxy implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient upstream = vertx.createHttpClient();
    private final String requiredAuthorization;
    private final Set<String> accountsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final int port;
    private volatile HttpServer server;

    private TestHttpProxy(int port, String username, String password) throws Exception {
        this.requiredAuthorization = username == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = vertx.createHttpServer().requestHandler(this::forward)
                .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        this.port = server.actualPort();
    }

    public static TestHttpProxy start() throws Exception {
        return new TestHttpProxy(0, null, null);
    }

    public static TestHttpProxy startWithCredentials(String username, String password) throws Exception {
        return new TestHttpProxy(0, username, password);
    }

    public int port() {
        return port;
    }

    public int forwarded() {
        return forwarded.get();
    }

    /** The {@code userid} cookies and login usernames of the requests forwarded. */
    public Set<String> accountsSeen() {
        return accountsSeen;
    }

    /** Stops listening: clients now get connection refused. */
    public void stop() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void forward(HttpServerRequest request) {
        if (requiredAuthorization != null && !requiredAuthorization.equals(request.getHeader("Proxy-Authorization"))) {
            request.response().setStatusCode(407).putHeader("Proxy-Authenticate", "Basic realm=\"test\"").end();
            return;
        }
        if (!request.uri().startsWith("http://")) {
            request.response().setStatusCode(400).end("not a proxy request");
            return;
        }
        forwarded.incrementAndGet();
        remember(request.getHeader("Cookie"));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(request.headers());
        headers.remove("Proxy-Authorization").remove("Proxy-Connection");
        request.body().compose(body -> upstream
                        .request(new RequestOptions().setMethod(request.method()).setAbsoluteURI(request.uri()).setHeaders(headers))
                        .compose(outgoing -> outgoing.send(body))
                        .compose(response -> response.body().map(answer -> {
                            rememberLogin(body.toString(StandardCharsets.UTF_8));
                            request.response().setStatusCode(response.statusCode());
                            request.response().headers().addAll(response.headers());
                            request.response().end(answer);
                            return null;
                        })))
                .onFailure(failure -> request.response().setStatusCode(502).end());
    }

    private void remember(String cookieHeader) {
        if (cookieHeader == null) {
            return;
        }
        for (String part : cookieHeader.split(";")) {
            String trimmed = part.trim();
            if (trimmed.startsWith("userid=")) {
                accountsSeen.add("userid:" + trimmed.substring("userid=".length()));
            }
        }
    }

    private void rememberLogin(String form) {
        for (String field : form.split("&")) {
            if (field.startsWith("phone=") || field.startsWith("mail=")) {
                accountsSeen.add(java.net.URLDecoder.decode(field.substring(field.indexOf('=') + 1), StandardCharsets.UTF_8));
            }
        }
    }
}
