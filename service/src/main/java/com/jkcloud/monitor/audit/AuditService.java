package com.jkcloud.monitor.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Records what users did (and what was done to them) before the action is answered; lists it back. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository entries;
    private final Clock clock;

    public AuditService(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public Uni<Void> record(AuditAction action, ObjectId userId, AuditOrigin origin, Map<String, String> details) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.userId = userId;
        entry.action = action;
        AuditOrigin from = origin == null ? AuditOrigin.UNKNOWN : origin;
        entry.ip = from.ip();
        entry.userAgent = from.userAgent();
        entry.details = details == null || details.isEmpty() ? null : Map.copyOf(details);
        return entries.persist(entry).replaceWithVoid();
    }

    public Uni<Void> record(AuditAction action, ObjectId userId, AuditOrigin origin) {
        return record(action, userId, origin, null);
    }

    Uni<List<AuditEntry>> newest(ObjectId userId, AuditAction action, int limit) {
        return entries.newest(userId, action, limit);
    }
}
