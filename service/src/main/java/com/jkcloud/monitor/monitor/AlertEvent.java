package com.jkcloud.monitor.monitor;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/** One confirmed transition of a device (or of an account's credentials), kept as the owner's history. */
@MongoEntity(collection = "alerts")
public class AlertEvent {

    /** Whether this event still has to go into a mail. */
    public enum MailState {
        PENDING, COMPOSED, SKIPPED,
        /** Held by a silence: sent when it ends if the device is still down, skipped otherwise. */
        SILENCED
    }

    public ObjectId id;
    public ObjectId ownerId;
    public ObjectId accountId;
    /** The account's group when the event happened (silences can scope by group). */
    public ObjectId groupId;
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
    /** A silence covered the device when this happened: recorded, not sent then. */
    public boolean suppressed;
    /** The silence holding this event while {@link MailState#SILENCED}. */
    public ObjectId silenceId;
    /** RECOVERED only: how long the device had been down. */
    public Long downtimeMs;
    /** A repeat of an earlier, still unresolved event ({@code notifications.repeatEveryMinutes}). */
    public boolean reminder;
    /** When to remind the owner again while the device stays down; null = no reminder due. */
    public Instant remindAt;
}
