package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.common.security.Roles;
import com.jkcloud.monitor.risk.api.BlacklistRequest;
import com.jkcloud.monitor.risk.api.BlacklistView;
import com.jkcloud.monitor.risk.api.SuspectView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/admin/risk")
@Tag(name = "Operators: anti-fraud")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class RiskAdminResource {

    private final RiskAdminService riskAdmin;
    private final CallerIdentity caller;

    public RiskAdminResource(RiskAdminService riskAdmin, CallerIdentity caller) {
        this.riskAdmin = riskAdmin;
        this.caller = caller;
    }

    /** Devices with a score above zero, highest first. */
    @GET
    @Path("/suspects")
    public Uni<ApiResponse<List<SuspectView>>> suspects(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return riskAdmin.suspects(limit).map(found -> ApiResponse.of(found.stream().map(SuspectView::of).toList()));
    }

    /** Entries in force (expired ones are left out). */
    @GET
    @Path("/blacklist")
    public Uni<ApiResponse<List<BlacklistView>>> blacklist() {
        return riskAdmin.activeEntries().map(entries -> ApiResponse.of(entries.stream().map(BlacklistView::of).toList()));
    }

    @POST
    @Path("/blacklist")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ApiResponse<BlacklistView>>> add(@Valid @NotNull BlacklistRequest request) {
        return riskAdmin.add(request, caller.userId())
                .map(entry -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(BlacklistView.of(entry))));
    }

    @DELETE
    @Path("/blacklist/{deviceID}")
    public Uni<ApiResponse<Void>> remove(@PathParam("deviceID") String deviceId) {
        return riskAdmin.remove(deviceId, caller.userId()).map(removed -> ApiResponse.empty());
    }
}
