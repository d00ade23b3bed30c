package com.jkcloud.monitor.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/** Sends many real HTTP requests, a few dozen in flight at a time, and counts the answers by status. */
public final class ManyRequests {

    private static final int IN_FLIGHT = 32;

    private ManyRequests() {
    }

    /** Sends {@code count} requests built by {@code request} (given 0 … count-1); returns status → how many. */
    public static Map<Integer, Long> send(int count, IntFunction<HttpRequest> request) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        CompletableFuture<?>[] sent = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            slots.acquire();
            sent[i] = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        slots.release();
                        statuses.computeIfAbsent(failure == null ? response.statusCode() : -1, ignored -> new LongAdder())
                                .increment();
                    });
        }
        CompletableFuture.allOf(sent).join();
        Map<Integer, Long> counted = new java.util.TreeMap<>();
        statuses.forEach((status, how) -> counted.put(status, how.sum()));
        return counted;
    }

    public static HttpRequest.Builder to(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }
}
