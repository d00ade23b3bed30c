package com.jkcloud.monitor.notify.delivery;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.notify.NotifyMessage;
import com.jkcloud.monitor.outbox.OutboxRepository;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's notification delivery log, newest first. */
@Path("/api/v1/notifications")
@Tag(name = "Notification channels")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class NotificationLogResource {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final OutboxRepository outbox;
    private final CallerIdentity caller;

    public NotificationLogResource(OutboxRepository outbox, CallerIdentity caller) {
        this.outbox = outbox;
        this.caller = caller;
    }

    @GET
    public Uni<ApiResponse<List<DeliveryView>>> log(@QueryParam("limit") String limit) {
        return outbox.channelDeliveries(caller.userId(), limit(limit))
                .map(entries -> ApiResponse.of(entries.stream().map(DeliveryView::of).toList()));
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw ApiException.invalidField("limit", NotifyMessage.LOG_LIMIT);
    }
}
