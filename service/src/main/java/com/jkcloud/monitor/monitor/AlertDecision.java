package com.jkcloud.monitor.monitor;

import java.util.List;

/** What a poll meant for alerting: new events, and whether a bad state awaits confirmation by a re-poll. */
public record AlertDecision(List<AlertEvent> events, boolean awaitingConfirmation) {

    public static AlertDecision none() {
        return new AlertDecision(List.of(), false);
    }
}
