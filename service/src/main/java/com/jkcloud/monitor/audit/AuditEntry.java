package com.jkcloud.monitor.audit;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.Map;

/** One security-relevant action of a user; the store drops it a year after {@link #at}. */
@MongoEntity(collection = "audit")
public class AuditEntry {
    public ObjectId id;
    public Instant at;
    public ObjectId userId;
    public AuditAction action;
    public String ip;
    public String userAgent;
    /** Non-secret particulars (an account id, a session's IP, an amount). */
    public Map<String, String> details;
}
