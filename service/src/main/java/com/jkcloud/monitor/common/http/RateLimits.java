package com.jkcloud.monitor.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jkcloud.monitor.common.api.ErrorCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Fixed one-minute windows per client IP and endpoint group, answered with 429 {@code RATE_LIMITED}
 * before any work is done. Counts live in memory: each replica limits on its own. The windows sit in a
 * size-bounded cache that forgets a client a window after its last request, so any number of distinct
 * addresses costs bounded memory and no request scans the others.
 */
@ApplicationScoped
public class RateLimits {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private record Window(long startedAt, int requests) {
    }

    private final RateLimitConfig config;
    private final PublicAddresses publicAddresses;
    private final Clock clock;
    private final Cache<String, Window> windows;

    public RateLimits(RateLimitConfig config, PublicAddresses publicAddresses, Clock clock, MeterRegistry metrics) {
        this.config = config;
        this.publicAddresses = publicAddresses;
        this.clock = clock;
        // Expiry runs on the application's clock, as the windows do.
        this.windows = Caffeine.newBuilder()
                .maximumSize(config.maxClients())
                .recordStats()
                .expireAfterWrite(WINDOW)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
        CaffeineCacheMetrics.monitor(metrics, windows, "rate-limit-windows");
    }

    void register(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        limit(router, "/api/v1/auth/login", "login", config.loginPerMinute());
        limit(router, "/api/v1/auth/register", "register", config.registerPerMinute());
        limit(router, "/api/v1/auth/password-reset", "password-reset", config.passwordResetPerMinute());
        limit(router, "/api/v1/auth/password-reset/confirm", "password-reset", config.passwordResetPerMinute());
        limit(router, "/api/v1/accounts", "bind", config.bindPerMinute());
    }

    /** How many clients' windows are held right now (after pending evictions). */
    public long trackedClients() {
        windows.cleanUp();
        return windows.estimatedSize();
    }

    private void limit(Router router, String path, String group, int perMinute) {
        router.post(path).order(Integer.MIN_VALUE + 20).handler(context -> admit(context, group, perMinute));
    }

    private void admit(RoutingContext context, String group, int perMinute) {
        long now = clock.millis();
        String key = group + '|' + publicAddresses.of(context.request());
        Window window = windows.asMap().compute(key, (ignored, current) ->
                current == null || now - current.startedAt() >= WINDOW.toMillis()
                        ? new Window(now, 1) : new Window(current.startedAt(), current.requests() + 1));
        if (window.requests() > perMinute) {
            long retryAfterSeconds = Math.max(1, (window.startedAt() + WINDOW.toMillis() - now + 999) / 1000);
            context.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
            HttpRoutes.sendError(context, ErrorCode.RATE_LIMITED);
            return;
        }
        context.next();
    }
}
