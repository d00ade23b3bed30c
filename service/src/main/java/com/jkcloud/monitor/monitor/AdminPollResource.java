package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/poll")
@Tag(name = "Operators")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminPollResource {

    private final PollRunner runner;

    public AdminPollResource(PollRunner runner) {
        this.runner = runner;
    }

    /** Polls every due account now (every working account with {@code all=true}) and answers when done. */
    @POST
    public Uni<ApiResponse<PassSummary>> pollNow(@QueryParam("all") boolean all) {
        return runner.runPass(all).map(ApiResponse::of);
    }
}
