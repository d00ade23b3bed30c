package com.jkcloud.monitor.auth;

import io.restassured.path.json.JsonPath;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/** Fires many real HTTP requests at once (one connection each) and collects what came back. */
final class ParallelRequests {

    record Answer(int status, JsonPath body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private ParallelRequests() {
    }

    static List<Answer> post(URI uri, String json, int times) {
        List<CompletableFuture<Answer>> inFlight = IntStream.range(0, times)
                .mapToObj(index -> send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build()))
                .toList();
        return inFlight.stream().map(CompletableFuture::join).toList();
    }

    /** One request with a JSON body and a bearer token, answered without blocking the caller. */
    static CompletableFuture<Answer> send(String method, URI uri, String token, String json) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static CompletableFuture<Answer> send(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), JsonPath.from(response.body())));
    }
}
