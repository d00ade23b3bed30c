package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.ReleaseRequest;
import com.jkcloud.monitor.app.api.ReleaseView;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/admin/releases")
@Tag(name = "Operators: app pages and releases")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ReleaseAdminResource {

    private final ReleaseService releases;
    private final CallerIdentity caller;

    public ReleaseAdminResource(ReleaseService releases, CallerIdentity caller) {
        this.releases = releases;
        this.caller = caller;
    }

    /** 201; 409 when the platform already has this versionCode. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ApiResponse<ReleaseView>>> publish(@Valid @NotNull ReleaseRequest request) {
        return releases.publish(request, caller.userId())
                .map(release -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(ReleaseView.of(release))));
    }

    /** Every release, per platform newest first. */
    @GET
    public Uni<ApiResponse<List<ReleaseView>>> all() {
        return releases.all().map(found -> ApiResponse.of(found.stream().map(ReleaseView::of).toList()));
    }
}
