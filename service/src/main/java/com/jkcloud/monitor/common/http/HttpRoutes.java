package com.jkcloud.monitor.common.http;

import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.api.ErrorResponses;
import com.jkcloud.monitor.common.i18n.Language;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Router-level conventions that act before (or instead of) JAX-RS: the app's {@code Token} header,
 * the body-size limit and unknown paths, all answered in the contract's envelope.
 */
@ApplicationScoped
public class HttpRoutes {

    private static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._\\-]{8,64}");

    private final long maxBodyBytes;

    public HttpRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 5).handler(this::tagRequest);
        router.route().order(Integer.MIN_VALUE + 10).handler(this::acceptAppTokenHeader);
        router.route().order(Integer.MIN_VALUE + 11).handler(this::refuseOversizedBody);
    }

    /**
     * Gives every request an id (the caller's {@code X-Request-Id} when it is sane), echoed in the
     * response and put in the log context so every log line of the request carries it; HSTS over TLS.
     */
    private void tagRequest(RoutingContext context) {
        String offered = context.request().getHeader(REQUEST_ID);
        String requestId = offered != null && SANE_REQUEST_ID.matcher(offered).matches()
                ? offered : UUID.randomUUID().toString();
        MDC.put("requestId", requestId);
        context.response().putHeader(REQUEST_ID, requestId);
        if (context.request().isSSL()) {
            context.response().putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        context.addEndHandler(ended -> MDC.remove("requestId"));
        context.next();
    }

    /** The mobile app sends its JWT in {@code Token}; treat it as {@code Authorization: Bearer}. */
    private void acceptAppTokenHeader(RoutingContext context) {
        HttpServerRequest request = context.request();
        String appToken = request.getHeader("Token");
        if (appToken != null && !appToken.isBlank() && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            request.headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + appToken.trim());
        }
        context.next();
    }

    private void refuseOversizedBody(RoutingContext context) {
        String declaredLength = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && parseLength(declaredLength) > maxBodyBytes) {
            // The body is not read: close the connection rather than drain it.
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            sendError(context, ErrorCode.PAYLOAD_TOO_LARGE);
            return;
        }
        context.next();
    }

    private static long parseLength(String declaredLength) {
        try {
            return Long.parseLong(declaredLength.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    public static void sendError(RoutingContext context, ErrorCode error) {
        Language language = Language.fromAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        context.response()
                .setStatusCode(error.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                .end(ErrorResponses.json(error, language));
    }
}
