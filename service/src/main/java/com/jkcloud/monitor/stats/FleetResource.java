package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.stats.api.Availability;
import com.jkcloud.monitor.stats.api.DeviceDetail;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fleet")
@Tag(name = "Fleet and stats")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FleetResource {

    private final StatsService stats;
    private final FleetPages pages;
    private final DeviceDetails details;
    private final CallerIdentity caller;

    public FleetResource(StatsService stats, FleetPages pages, DeviceDetails details, CallerIdentity caller) {
        this.stats = stats;
        this.pages = pages;
        this.details = details;
        this.caller = caller;
    }

    /**
     * Without {@code size}: every device of the caller's accounts, as before. With {@code size}: one page of the
     * filtered, sorted fleet (page from 1), with counts over the whole filter. From the store only.
     */
    @GET
    public Uni<ApiResponse<Object>> fleet(@QueryParam("status") String status, @QueryParam("accountId") String accountId,
                                          @QueryParam("groupId") String groupId, @QueryParam("q") String q,
                                          @QueryParam("sort") String sort, @QueryParam("page") String page,
                                          @QueryParam("size") String size) {
        if (size == null) {
            return stats.fleet(caller.userId()).map(ApiResponse::<Object>of);
        }
        FleetParams params = FleetParams.parse(status, accountId, groupId, q, sort, page, size);
        return pages.page(caller.userId(), params).map(ApiResponse::<Object>of);
    }

    @GET
    @Path("/devices/{deviceSn}")
    public Uni<ApiResponse<DeviceDetail>> device(@PathParam("deviceSn") String deviceSn) {
        return details.detail(caller.userId(), deviceSn).map(ApiResponse::of);
    }

    @GET
    @Path("/devices/{deviceSn}/availability")
    public Uni<ApiResponse<Availability>> availability(@PathParam("deviceSn") String deviceSn,
                                                       @QueryParam("days") String days) {
        int dayCount = FleetParams.number("days", days, 7, 1, 90, StatsMessage.AVAILABILITY_DAYS_OUT_OF_RANGE);
        return details.availability(caller.userId(), deviceSn, dayCount).map(ApiResponse::of);
    }
}
