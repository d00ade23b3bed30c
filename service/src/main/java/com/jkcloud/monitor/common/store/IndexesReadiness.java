package com.jkcloud.monitor.common.store;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Set;

/** Not ready to take traffic until every store index exists (they are created in the background at start). */
@Readiness
@ApplicationScoped
public class IndexesReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Set<String> pending = Indexes.pending();
        return HealthCheckResponse.named("store-indexes")
                .status(pending.isEmpty())
                .withData("pending", pending.size())
                .build();
    }

    void stopRetries(@Observes ShutdownEvent shutdown) {
        Indexes.cancelPending();
    }
}
