package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.ActionUse;
import com.jkcloud.monitor.app.api.DiscoveryPage;
import com.jkcloud.monitor.app.api.PageItem;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The app's server-driven pages. Anonymous callers see the configured badges. */
@Path("/api")
@Tag(name = "Mobile app")
@Produces(MediaType.APPLICATION_JSON)
public class PageResource {

    private final PageService pages;
    private final OptionalCaller optionalCaller;
    private final CallerIdentity caller;

    public PageResource(PageService pages, OptionalCaller optionalCaller, CallerIdentity caller) {
        this.pages = pages;
        this.optionalCaller = optionalCaller;
        this.caller = caller;
    }

    @GET
    @Path("/v1/discovery")
    public Uni<ApiResponse<DiscoveryPage>> discovery() {
        return optionalCaller.userId().flatMap(pages::discovery).map(ApiResponse::of);
    }

    @GET
    @Path("/v2/mine")
    public Uni<ApiResponse<List<List<PageItem>>>> mine() {
        return optionalCaller.userId().flatMap(pages::mine).map(ApiResponse::of);
    }

    /** The first version of the app asks here; same page. */
    @GET
    @Path("/v1/mine")
    public Uni<ApiResponse<List<List<PageItem>>>> mineV1() {
        return mine();
    }

    /** From now on the caller's badge on the item with this action is "". */
    @PUT
    @Path("/v1/actions")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<ActionUse>> used(@Valid @NotNull ActionUse use) {
        return pages.recordUse(caller.userId(), use.uid()).map(recorded -> ApiResponse.of(use));
    }
}
