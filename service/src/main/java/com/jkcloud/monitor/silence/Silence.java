package com.jkcloud.monitor.silence;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/**
 * A user's "don't tell me about these boxes until then". Each scope field narrows it; none set = every device
 * of the owner. Ending one early moves {@link #until} to that moment, so "ended" is always {@code until <= now}.
 */
@MongoEntity(collection = "silences")
public class Silence {
    public ObjectId id;
    public ObjectId ownerId;
    public ObjectId accountId;
    public String deviceSn;
    public ObjectId groupId;
    public Instant from;
    public Instant until;
    public String reason;
    public Instant createdAt;

    /** Whether an alert about this device (or, with a null {@code deviceSn}, about the account) falls under it. */
    public boolean covers(ObjectId alertOwnerId, ObjectId alertAccountId, ObjectId alertGroupId, String alertDeviceSn,
                          Instant at) {
        return ownerId.equals(alertOwnerId)
                && !at.isBefore(from) && at.isBefore(until)
                && (accountId == null || accountId.equals(alertAccountId))
                && (groupId == null || groupId.equals(alertGroupId))
                && (deviceSn == null || deviceSn.equals(alertDeviceSn));
    }
}
