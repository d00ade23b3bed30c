package com.jkcloud.monitor.audit;

import com.jkcloud.monitor.common.api.ApiResponse;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's own audit trail, newest first. */
@Path("/api/v1/me/audit")
@Tag(name = "Users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyAuditResource {

    private final AuditQueries queries;
    private final CallerIdentity caller;

    public MyAuditResource(AuditQueries queries, CallerIdentity caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    public Uni<ApiResponse<List<AuditView>>> list(@QueryParam("limit") String limit) {
        return queries.list(caller.userId(), null, limit);
    }
}
