package com.jkcloud.monitor.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the web dashboard (our {@code META-INF/resources}) and the uPlot WebJar from the classpath.
 * Quarkus' own static handler comes after JAX-RS, whose one error mapper answers every unmatched path with
 * the envelope's 404 first; so the dashboard's few paths get a route of their own ahead of it. Paths that
 * name no file still fall through to that 404.
 */
@ApplicationScoped
public class DashboardRoutes {

    private static final String WEB_ROOT = "META-INF/resources";
    private static final String DASHBOARD_PATHS = "/|/index\\.html|/favicon\\.(?:ico|svg)|/app/[\\w./-]+|/webjars/[\\w./-]+";
    /**
     * Files read (and misses seen) kept in memory. The dashboard and its WebJar hold a few dozen files; the
     * bound stops anonymous requests for made-up paths from growing the memo, and the cache's frequency-based
     * admission keeps the real files in it while one-off misses come and go.
     */
    private static final int MEMO_SIZE = 500;
    private static final Duration MISS_MEMO = Duration.ofMinutes(10);
    /** After the router-level conventions in HttpRoutes, before JAX-RS. */
    private static final int ORDER = Integer.MIN_VALUE + 100;
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "json", "application/json;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon");

    /** The files are small and never change while the service runs: each is read from the jar about once. */
    private final Cache<String, Optional<Buffer>> files = Caffeine.newBuilder()
            .maximumSize(MEMO_SIZE)
            .recordStats()
            .expireAfterWrite(MISS_MEMO)
            .build();

    public DashboardRoutes(MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, files, "dashboard-files");
    }

    void register(@Observes Router router) {
        router.getWithRegex(DASHBOARD_PATHS).order(ORDER).handler(this::serve);
        router.headWithRegex(DASHBOARD_PATHS).order(ORDER).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.contains("..") || contentType(path) == null) {
            context.next();
            return;
        }
        String resource = WEB_ROOT + (path.equals("/") ? "/index.html" : path);
        Optional<Buffer> cached = files.getIfPresent(resource);
        if (cached != null) {
            send(context, path, cached);
            return;
        }
        // Reading from the jar blocks: off the event loop, once per file.
        context.vertx().executeBlocking(() -> files.get(resource, DashboardRoutes::read), false)
                .onSuccess(file -> send(context, path, file))
                .onFailure(context::fail);
    }

    /** How many files (and misses) are remembered right now (after pending evictions). */
    public long memoSize() {
        files.cleanUp();
        return files.estimatedSize();
    }

    private static void send(RoutingContext context, String path, Optional<Buffer> file) {
        if (file.isEmpty()) {
            context.next();
            return;
        }
        // Module files carry no content hash: browsers revalidate so an upgrade reaches them at once.
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType(path.equals("/") ? "/index.html" : path))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(file.get());
    }

    private static Optional<Buffer> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String contentType(String path) {
        if (path.equals("/")) {
            return CONTENT_TYPES.get("html");
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : CONTENT_TYPES.get(path.substring(dot + 1));
    }
}
