package com.jkcloud.monitor.outbox;

import io.smallrye.mutiny.Uni;

/**
 * Told after a queued mail was delivered and marked sent, so the capability that queued it can record that
 * (the monitor marks its alert events as e-mailed). A bean implementing this is picked up by {@link OutboxSender}.
 */
public interface OutboxDeliveryListener {

    Uni<Void> delivered(OutboxMail mail);
}
