package com.jkcloud.monitor.common.http;

import com.jkcloud.monitor.common.api.ErrorCode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed one-minute windows per client IP and endpoint group, answered with 429 {@code RATE_LIMITED}
 * before any work is done. Counts live in memory: each replica limits on its own.
 */
@ApplicationScoped
public class RateLimits {

    private static final long WINDOW_MILLIS = 60_000;
    /** Past this many tracked clients, finished windows are dropped so memory stays bounded. */
    private static final int PRUNE_ABOVE = 50_000;

    private record Window(long startedAt, int requests) {
    }

    private final RateLimitConfig config;
    private final PublicAddresses publicAddresses;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimits(RateLimitConfig config, PublicAddresses publicAddresses, Clock clock) {
        this.config = config;
        this.publicAddresses = publicAddresses;
        this.clock = clock;
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

    private void limit(Router router, String path, String group, int perMinute) {
        router.post(path).order(Integer.MIN_VALUE + 20).handler(context -> admit(context, group, perMinute));
    }

    private void admit(RoutingContext context, String group, int perMinute) {
        long now = clock.millis();
        String key = group + '|' + publicAddresses.of(context.request());
        Window window = windows.compute(key, (ignored, current) -> current == null || now - current.startedAt() >= WINDOW_MILLIS
                ? new Window(now, 1) : new Window(current.startedAt(), current.requests() + 1));
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(stale -> now - stale.startedAt() >= WINDOW_MILLIS);
        }
        if (window.requests() > perMinute) {
            long retryAfterSeconds = Math.max(1, (window.startedAt() + WINDOW_MILLIS - now + 999) / 1000);
            context.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
            HttpRoutes.sendError(context, ErrorCode.RATE_LIMITED);
            return;
        }
        context.next();
    }
}
