package com.jkcloud.monitor.audit;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Every user's audit trail for admins, newest first, narrowed by {@code userId} and {@code action}. */
@Path("/api/v1/admin/audit")
@Tag(name = "Operators: audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

    private final AuditQueries queries;

    public AdminAuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    public Uni<ApiResponse<List<AuditView>>> list(@QueryParam("limit") String limit, @QueryParam("userId") String userId,
                                                 @QueryParam("action") String action) {
        return queries.list(AuditQueries.userId(userId), action, limit);
    }
}
