package com.jkcloud.monitor.outbox;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail waiting to go out (or gone). Written before sending, so nothing is lost while SMTP is down. Any
 * capability queues its mails here; {@link OutboxDeliveryListener}s hear when one has been delivered.
 */
@MongoEntity(collection = "mail_outbox")
public class OutboxMail {

    public enum State {
        PENDING, SENT
    }

    public ObjectId id;
    /** Unique: the same mail (say, one day's report) can't be queued twice by two replicas. */
    public String dedupeKey;
    public ObjectId ownerId;
    public String to;
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
