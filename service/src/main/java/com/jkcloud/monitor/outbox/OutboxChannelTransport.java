package com.jkcloud.monitor.outbox;

import io.smallrye.mutiny.Uni;

/**
 * Delivers outbox entries that carry a channel id (the capability owning the channels implements it). The outbox
 * keeps the lease, retry and backoff; the transport only sends once.
 */
public interface OutboxChannelTransport {

    /**
     * Completes when the channel accepted the entry. Fails with {@link Dropped} when it must not be sent at all,
     * with any other failure to be retried; a failure's message is stored and shown to the owner, so it holds no
     * secret.
     */
    Uni<Void> deliver(OutboxMail entry);

    /** The entry is not to be sent any more (its channel is gone or off): recorded as suppressed, not retried. */
    class Dropped extends RuntimeException {
        public Dropped(String reason) {
            super(reason, null, false, false);
        }
    }
}
