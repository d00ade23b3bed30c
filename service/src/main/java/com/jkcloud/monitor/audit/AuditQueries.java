package com.jkcloud.monitor.audit;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.util.List;

/** The query parameters of both audit lists, each bad one a 400 naming it. */
@ApplicationScoped
public class AuditQueries {

    static final int MAX_LIMIT = 500;

    private final AuditService audit;

    public AuditQueries(AuditService audit) {
        this.audit = audit;
    }

    Uni<ApiResponse<List<AuditView>>> list(ObjectId userId, String action, String limit) {
        return query(userId, action(action), limit);
    }

    private Uni<ApiResponse<List<AuditView>>> query(ObjectId userId, AuditAction action, String limit) {
        return audit.newest(userId, action, limit(limit))
                .map(found -> ApiResponse.of(found.stream().map(AuditView::of).toList()));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw ApiException.invalidField("limit", CommonMessage.INVALID_VALUE);
    }

    static ObjectId userId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!ObjectId.isValid(raw.strip())) {
            throw ApiException.invalidField("userId", CommonMessage.INVALID_VALUE);
        }
        return new ObjectId(raw.strip());
    }

    private static AuditAction action(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ApiException.invalidField("action", CommonMessage.INVALID_VALUE);
        }
    }
}
