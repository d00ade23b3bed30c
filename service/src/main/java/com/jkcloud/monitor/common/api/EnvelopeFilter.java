package com.jkcloud.monitor.common.api;

import com.jkcloud.monitor.common.i18n.Language;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Completes every {@link ApiResponse}: {@code code} equals the HTTP status and the message is localized. */
public class EnvelopeFilter {

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ApiResponse<?> envelope) {
            Language language = Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.setEntity(envelope.completedFor(response.getStatus(), language));
        }
    }
}
