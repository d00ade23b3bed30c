package com.jkcloud.monitor.monitor;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** One confirmed transition of a device (or of an account's credentials), kept as the owner's history. */
@MongoEntity(collection = "alerts")
public class AlertEvent {

    /** Whether this event still has to go into a mail. */
    public enum MailState {
        PENDING, COMPOSED, SKIPPED
    }

    public ObjectId id;
    public ObjectId ownerId;
    public ObjectId accountId;
    public String accountName;
    public String accountUsername;
    public String deviceSn;
    public String deviceName;
    public AlertType type;
    public String message;
    /** When the state was first seen (for OFFLINE/EXCEPTION: before it was confirmed). */
    public Instant at;
    public Instant createdAt;
    public MailState mailState = MailState.PENDING;
    /** Not before: quiet hours move this to their end. */
    public Instant mailDueAt;
    public boolean emailed;
}
