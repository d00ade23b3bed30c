package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/alerts")
@Tag(name = "Alerts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    private final AlertRepository alerts;
    private final CallerIdentity caller;

    public AlertResource(AlertRepository alerts, CallerIdentity caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    /** Newest first. */
    @GET
    public Uni<ApiResponse<List<AlertView>>> history(HttpHeaders headers) {
        Language language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return alerts.history(caller.userId())
                .map(events -> ApiResponse.of(events.stream().map(event -> AlertView.of(event, language)).toList()));
    }
}
