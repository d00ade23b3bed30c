package com.jkcloud.monitor.market;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.market.api.PriceAlertRequest;
import com.jkcloud.monitor.market.api.PriceAlertView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/price-alerts")
@Tag(name = "Market")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PriceAlertResource {

    private final PriceAlertService alerts;
    private final CallerIdentity caller;

    public PriceAlertResource(PriceAlertService alerts, CallerIdentity caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    public Uni<ApiResponse<List<PriceAlertView>>> list() {
        return alerts.list(caller.userId()).map(ApiResponse::of);
    }

    /** Fires (event PRICE) once when the price crosses {@code above} or {@code below}, again after it went back. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ApiResponse<PriceAlertView>>> add(@NotNull PriceAlertRequest request) {
        return alerts.add(caller.userId(), request)
                .map(view -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(view)));
    }

    @DELETE
    @Path("/{id}")
    public Uni<ApiResponse<Void>> delete(@PathParam("id") String id) {
        return alerts.delete(caller.userId(), id).map(ignored -> ApiResponse.empty());
    }
}
