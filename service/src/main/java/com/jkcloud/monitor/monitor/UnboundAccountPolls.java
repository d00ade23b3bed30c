package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountUnbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import java.time.Duration;

/** An unbound account is not polled again: its poll state and lease go, as does the alert state of its boxes. */
@ApplicationScoped
public class UnboundAccountPolls {

    private static final Duration STORE_WAIT = Duration.ofSeconds(30);

    private final PollStateRepository pollStates;
    private final PollLeaseRepository pollLeases;
    private final DeviceAlertStateRepository alertStates;

    public UnboundAccountPolls(PollStateRepository pollStates, PollLeaseRepository pollLeases,
                               DeviceAlertStateRepository alertStates) {
        this.pollStates = pollStates;
        this.pollLeases = pollLeases;
        this.alertStates = alertStates;
    }

    // A poll in flight then finds no state to record into and drops what it wrote back (PollRunner).
    void forget(@ObservesAsync AccountUnbound unbound) {
        pollStates.deleteOf(unbound.accountId()).call(deleted -> pollLeases.deleteOf(unbound.accountId()))
                .call(deleted -> alertStates.deleteByAccount(unbound.accountId()))
                .await().atMost(STORE_WAIT);
    }
}
