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

/**
 * Router-level conventions that act before (or instead of) JAX-RS: the app's {@code Token} header,
 * the body-size limit and unknown paths, all answered in the contract's envelope.
 */
@ApplicationScoped
public class HttpRoutes {

    private final long maxBodyBytes;

    public HttpRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::acceptAppTokenHeader);
        router.route().order(Integer.MIN_VALUE + 11).handler(this::refuseOversizedBody);
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
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(ErrorResponses.json(error, language));
    }
}
