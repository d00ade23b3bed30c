package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.audit.AuditOrigins;
import com.jkcloud.monitor.auth.api.Credentials;
import com.jkcloud.monitor.auth.api.PasswordChange;
import com.jkcloud.monitor.auth.api.PasswordResetConfirmation;
import com.jkcloud.monitor.auth.api.PasswordResetRequest;
import com.jkcloud.monitor.auth.api.Registered;
import com.jkcloud.monitor.auth.api.SignedIn;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/auth")
@Tag(name = "Users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService authService;
    private final PasswordResetService passwordResetService;
    private final CallerIdentity caller;
    private final AuditOrigins origins;

    public AuthResource(AuthService authService, PasswordResetService passwordResetService, CallerIdentity caller,
                        AuditOrigins origins) {
        this.authService = authService;
        this.passwordResetService = passwordResetService;
        this.caller = caller;
        this.origins = origins;
    }

    @POST
    @Path("/register")
    public Uni<RestResponse<ApiResponse<Registered>>> register(@Valid @NotNull Credentials credentials,
                                                                 @Context HttpServerRequest request) {
        return authService.register(credentials.username(), credentials.password(), origins.of(request))
                .map(registered -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(registered)));
    }

    @POST
    @Path("/login")
    public Uni<ApiResponse<SignedIn>> login(@Valid @NotNull Credentials credentials, @Context HttpServerRequest request) {
        return authService.login(credentials.username(), credentials.password(), credentials.code(), origins.of(request))
                .map(ApiResponse::of);
    }

    @PUT
    @Path("/password")
    @Authenticated
    public Uni<ApiResponse<Void>> changePassword(@Valid @NotNull PasswordChange change, @Context HttpServerRequest request) {
        return authService.changePassword(caller.userId(), change.oldPassword(), change.newPassword(), origins.of(request))
                .map(changed -> ApiResponse.empty());
    }

    @POST
    @Path("/password-reset")
    public Uni<RestResponse<ApiResponse<Void>>> requestPasswordReset(
            @Valid @NotNull PasswordResetRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return passwordResetService.requestCode(request.username(), language)
                .map(done -> RestResponse.status(Response.Status.ACCEPTED,
                        new ApiResponse<>(0, CommonMessage.PASSWORD_RESET_SENT.in(language), null, null, null)));
    }

    @POST
    @Path("/password-reset/confirm")
    public Uni<ApiResponse<Void>> confirmPasswordReset(@Valid @NotNull PasswordResetConfirmation confirmation,
                                                  @Context HttpServerRequest request) {
        return passwordResetService.confirm(confirmation.username(), confirmation.code(), confirmation.newPassword(),
                        origins.of(request))
                .map(done -> ApiResponse.empty());
    }
}
