package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.api.ApiResponse;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

@Path("/api/v1/timestamp")
@Tag(name = "Mobile app")
@Produces(MediaType.APPLICATION_JSON)
public class TimestampResource {

    /** The app compares clocks with the server; the time travels as a string, as the app expects. */
    public record ServerTime(String time) {
    }

    private final Clock clock;

    public TimestampResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    public Uni<ApiResponse<ServerTime>> now() {
        return Uni.createFrom().item(() -> ApiResponse.of(new ServerTime(Long.toString(clock.millis()))));
    }
}
