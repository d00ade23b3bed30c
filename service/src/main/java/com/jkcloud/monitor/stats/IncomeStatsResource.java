package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.stats.api.IncomeStats;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Tag(name = "Fleet and stats")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IncomeStatsResource {

    private static final int MIN_DAYS = 1;
    private static final int MAX_DAYS = 365;

    private final StatsService stats;
    private final CallerIdentity caller;

    public IncomeStatsResource(StatsService stats, CallerIdentity caller) {
        this.stats = stats;
        this.caller = caller;
    }

    @GET
    @Path("/income")
    public Uni<ApiResponse<IncomeStats>> income(@QueryParam("days") @DefaultValue("7") String days,
                                                @QueryParam("accountId") String accountId,
                                                @QueryParam("groupId") String groupId) {
        int dayCount = FleetParams.number("days", days, 7, MIN_DAYS, MAX_DAYS, StatsMessage.DAYS_OUT_OF_RANGE);
        return stats.income(caller.userId(), dayCount, FleetParams.objectId("accountId", accountId),
                FleetParams.objectId("groupId", groupId)).map(ApiResponse::of);
    }
}
