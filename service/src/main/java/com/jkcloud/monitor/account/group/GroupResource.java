package com.jkcloud.monitor.account.group;

import com.jkcloud.monitor.account.group.api.GroupRequest;
import com.jkcloud.monitor.account.group.api.GroupView;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/groups")
@Tag(name = "OneThing accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    private final GroupService groups;
    private final CallerIdentity caller;

    public GroupResource(GroupService groups, CallerIdentity caller) {
        this.groups = groups;
        this.caller = caller;
    }

    @GET
    public Uni<ApiResponse<List<GroupView>>> list() {
        return groups.list(caller.userId()).map(ApiResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ApiResponse<GroupView>>> create(@NotNull GroupRequest request) {
        return groups.create(caller.userId(), request.name())
                .map(group -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(group)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<GroupView>> rename(@PathParam("id") String id, @NotNull GroupRequest request) {
        return groups.rename(caller.userId(), groupId(id), request.name()).map(ApiResponse::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<ApiResponse<Void>> delete(@PathParam("id") String id) {
        return groups.delete(caller.userId(), groupId(id)).map(done -> ApiResponse.empty());
    }

    private static ObjectId groupId(String id) {
        if (!ObjectId.isValid(id)) {
            throw ApiException.notFound();
        }
        return new ObjectId(id);
    }
}
