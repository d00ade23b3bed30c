package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.DiscoveryPage;
import com.jkcloud.monitor.app.api.MineGroups;
import com.jkcloud.monitor.app.api.PageItem;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/admin")
@Tag(name = "Operators: app pages and releases")
@RolesAllowed(Roles.ADMIN)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PageAdminResource {

    private final PageService pages;
    private final CallerIdentity caller;

    public PageAdminResource(PageService pages, CallerIdentity caller) {
        this.pages = pages;
        this.caller = caller;
    }

    /** Replaces the whole discovery page. */
    @PUT
    @Path("/discovery")
    public Uni<ApiResponse<DiscoveryPage>> replaceDiscovery(@Valid @NotNull DiscoveryPage page) {
        return pages.replaceDiscovery(page, caller.userId()).map(ApiResponse::of);
    }

    /** Replaces the whole mine page: a list of groups of items. */
    @PUT
    @Path("/mine")
    public Uni<ApiResponse<List<List<PageItem>>>> replaceMine(@Valid @NotNull MineGroups mine) {
        return pages.replaceMine(mine.groups(), caller.userId()).map(ApiResponse::of);
    }
}
