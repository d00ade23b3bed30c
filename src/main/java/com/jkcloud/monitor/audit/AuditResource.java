package com.jkcloud.monitor.audit;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1")
@Tag(name = "Users")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_LIMIT = 500;

    private final AuditService audit;
    private final CallerIdentity caller;

    public AuditResource(AuditService audit, CallerIdentity caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Path("/me/audit")
    @Authenticated
    public Uni<ApiResponse<List<AuditView>>> mine(@QueryParam("limit") String limit) {
        return list(caller.userId(), null, limit);
    }

    @GET
    @Path("/admin/audit")
    @RolesAllowed(Roles.ADMIN)
    public Uni<ApiResponse<List<AuditView>>> all(@QueryParam("limit") String limit, @QueryParam("userId") String userId,
                                                 @QueryParam("action") String action) {
        return list(userId(userId), action(action), limit);
    }

    private Uni<ApiResponse<List<AuditView>>> list(ObjectId userId, AuditAction action, String limit) {
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

    private static ObjectId userId(String raw) {
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
