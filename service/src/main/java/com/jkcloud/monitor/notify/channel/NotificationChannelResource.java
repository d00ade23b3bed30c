package com.jkcloud.monitor.notify.channel;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.notify.api.ChannelChange;
import com.jkcloud.monitor.notify.api.ChannelRequest;
import com.jkcloud.monitor.notify.api.ChannelView;
import com.jkcloud.monitor.notify.api.TestDelivery;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/notification-channels")
@Tag(name = "Notification channels")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationChannelResource {

    private final ChannelService channels;
    private final CallerIdentity caller;

    public NotificationChannelResource(ChannelService channels, CallerIdentity caller) {
        this.channels = channels;
        this.caller = caller;
    }

    @GET
    public Uni<ApiResponse<List<ChannelView>>> list() {
        return channels.list(caller.userId()).map(ApiResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ApiResponse<ChannelView>>> add(@NotNull ChannelRequest request) {
        return channels.add(caller.userId(), request)
                .map(channel -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(channel)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<ChannelView>> change(@PathParam("id") String id, @NotNull ChannelChange change) {
        return channels.change(caller.userId(), channelId(id), change).map(ApiResponse::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<ApiResponse<Void>> remove(@PathParam("id") String id) {
        return channels.remove(caller.userId(), channelId(id)).map(done -> ApiResponse.empty());
    }

    @POST
    @Path("/{id}/test")
    public Uni<ApiResponse<TestDelivery>> test(@PathParam("id") String id, HttpHeaders headers) {
        Language language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return channels.test(caller.userId(), channelId(id), language).map(ApiResponse::of);
    }

    /** A malformed id can't name one of the caller's channels: 404, like any id that isn't theirs. */
    private static ObjectId channelId(String id) {
        if (!ObjectId.isValid(id)) {
            throw ApiException.notFound();
        }
        return new ObjectId(id);
    }
}
