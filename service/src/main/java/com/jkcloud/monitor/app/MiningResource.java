package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.http.PublicAddresses;
import com.jkcloud.monitor.app.api.Heartbeat;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.risk.RiskEngine;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mining/heartbeats")
@Tag(name = "Mobile app")
@Produces(MediaType.APPLICATION_JSON)
public class MiningResource {

    private final RiskEngine riskEngine;
    private final PublicAddresses publicAddresses;

    public MiningResource(RiskEngine riskEngine, PublicAddresses publicAddresses) {
        this.riskEngine = riskEngine;
        this.publicAddresses = publicAddresses;
    }

    /** 200 while the device may mine; 403 {@code BLACKLISTED} otherwise; 404 for a device that never registered. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<Heartbeat>> heartbeat(@Valid @NotNull Heartbeat heartbeat, @Context HttpServerRequest request) {
        return riskEngine.onHeartbeat(heartbeat.deviceID(), publicAddresses.of(request))
                .map(allowed -> ApiResponse.of(heartbeat));
    }
}
