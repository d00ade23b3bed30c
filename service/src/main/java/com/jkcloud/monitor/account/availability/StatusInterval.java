package com.jkcloud.monitor.account.availability;

import com.jkcloud.monitor.account.DeviceStatus;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;

/**
 * A stretch of time over which every poll saw a device in one status: one document per status change, not per
 * poll. The open interval (the device's current status) lasts until a poll sees another status, which closes it at
 * that poll and opens the next one there, so a device's intervals are contiguous; polls in between write nothing.
 */
@MongoEntity(collection = "device_status_intervals")
public class StatusInterval {
    public ObjectId id;
    /** The device's key ({@code <accountId>:<deviceId>}). */
    public String deviceKey;
    public ObjectId ownerId;
    public ObjectId accountId;
    public String deviceSn;
    public DeviceStatus status;
    public Instant from;
    /** Once closed, the poll that saw the next status (or the last sighting of a vanished device); while open, its start. */
    public Instant to;
    public boolean open;
}
