package com.jkcloud.monitor.silence;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.silence.api.SilenceRequest;
import com.jkcloud.monitor.silence.api.SilenceView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
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
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/silences")
@Tag(name = "Alert policy")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SilenceResource {

    private final SilenceService silences;
    private final CallerIdentity caller;

    public SilenceResource(SilenceService silences, CallerIdentity caller) {
        this.silences = silences;
        this.caller = caller;
    }

    /** The caller's silences that have not ended. */
    @GET
    public Uni<ApiResponse<List<SilenceView>>> active() {
        return silences.active(caller.userId()).map(ApiResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ApiResponse<SilenceView>>> create(@NotNull @Valid SilenceRequest request) {
        return silences.create(caller.userId(), request)
                .map(silence -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(silence)));
    }

    /** Ends the silence now: a device still down is notified at the next pass. */
    @DELETE
    @Path("/{id}")
    public Uni<ApiResponse<Void>> end(@PathParam("id") String id) {
        if (!ObjectId.isValid(id)) {
            throw ApiException.notFound();
        }
        return silences.end(caller.userId(), new ObjectId(id)).map(done -> ApiResponse.empty());
    }
}
