package com.jkcloud.monitor.onething.client;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.util.function.Supplier;

/**
 * Retries with exponential backoff, for transient failures only (5xx, upstream unreachable). Draws never go
 * through here: a 5xx after upstream took the draw must not draw twice.
 */
@ApplicationScoped
public class TransientRetry {

    @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = UpstreamCallException.Transient.class)
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    public <T> Uni<T> call(Supplier<Uni<T>> attempt) {
        return Uni.createFrom().deferred(attempt::get);
    }
}
