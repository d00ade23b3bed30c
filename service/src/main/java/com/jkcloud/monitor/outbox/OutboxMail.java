package com.jkcloud.monitor.outbox;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail or a channel notification waiting to go out (or gone). Written before sending, so nothing is lost while
 * SMTP or a provider is down. Any capability queues here; {@link OutboxDeliveryListener}s hear when one has been
 * delivered. An entry with a {@link #channelId} goes through the {@link OutboxChannelTransport} instead of SMTP.
 */
@MongoEntity(collection = "mail_outbox")
public class OutboxMail {

    public enum State {
        PENDING, SENT,
        /** Gave up after {@link #maxAttempts} failed attempts. */
        FAILED,
        /** Dropped unsent: its channel was removed or turned off meanwhile. */
        SUPPRESSED
    }

    public ObjectId id;
    /** Unique: the same mail (say, one day's report) can't be queued twice by two replicas. */
    public String dedupeKey;
    public ObjectId ownerId;
    public String to;
    /** The notification channel this entry is for ("app" for app push); null for a mail. */
    public String channelId;
    /** What the channel transport sends, in that transport's own format (the outbox does not read it). */
    public Document payload;
    /** Give up after this many failed attempts; 0 retries for ever (mail does, SMTP comes back). */
    public int maxAttempts;
    public String subject;
    public String html;
    public String text;
    /** The monitor's alert events this mail reports (empty for other mails); kept under this name for stored mails. */
    public List<ObjectId> alertIds = new ArrayList<>();
    /** The bodies carry a one-time secret (a reset code): they are erased once the mail is delivered. */
    public boolean holdsSecret;
    public State state = State.PENDING;
    public int attempts;
    public Instant nextAttemptAt;
    public String leaseOwner;
    public Instant leaseUntil;
    public String lastError;
    public Instant createdAt;
    public Instant sentAt;
}
