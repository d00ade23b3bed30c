package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountUnbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import java.time.Duration;

/** No mail about an account its owner has just removed: its alerts not yet mailed are skipped. */
@ApplicationScoped
public class UnboundAccountAlerts {

    private static final Duration STORE_WAIT = Duration.ofSeconds(30);

    private final AlertRepository alerts;

    public UnboundAccountAlerts(AlertRepository alerts) {
        this.alerts = alerts;
    }

    // Async observers run on a worker thread, where waiting for the store is allowed; the unbind awaits this.
    void skipPendingMails(@ObservesAsync AccountUnbound unbound) {
        alerts.skipPendingMailsOf(unbound.accountId()).await().atMost(STORE_WAIT);
    }
}
