package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.stats.api.Fleet;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fleet")
@Tag(name = "Fleet and stats")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FleetResource {

    private final StatsService stats;
    private final CallerIdentity caller;

    public FleetResource(StatsService stats, CallerIdentity caller) {
        this.stats = stats;
        this.caller = caller;
    }

    /** Every device of the caller's accounts, from the store: no upstream call on this path. */
    @GET
    public Uni<ApiResponse<Fleet>> fleet() {
        return stats.fleet(caller.userId()).map(ApiResponse::of);
    }
}
