package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.audit.AuditAction;
import com.jkcloud.monitor.audit.AuditOrigin;
import com.jkcloud.monitor.audit.AuditOrigins;
import com.jkcloud.monitor.audit.AuditService;
import com.jkcloud.monitor.auth.api.RecoveryCodes;
import com.jkcloud.monitor.auth.api.TwoFactorCode;
import com.jkcloud.monitor.auth.api.TwoFactorStatus;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.twofactor.TwoFactorService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enrolment, confirmation and removal of the caller's authenticator (TOTP). */
@Path("/api/v1/me/2fa")
@Tag(name = "Users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

    private final TwoFactorService twoFactor;
    private final AuthService authService;
    private final UserRepository users;
    private final AuditService audit;
    private final AuditOrigins origins;
    private final CallerIdentity caller;

    public TwoFactorResource(TwoFactorService twoFactor, AuthService authService, UserRepository users,
                             AuditService audit, AuditOrigins origins, CallerIdentity caller) {
        this.twoFactor = twoFactor;
        this.authService = authService;
        this.users = users;
        this.audit = audit;
        this.origins = origins;
        this.caller = caller;
    }

    @GET
    public Uni<ApiResponse<TwoFactorStatus>> status() {
        return twoFactor.isEnabled(caller.userId()).map(enabled -> ApiResponse.of(new TwoFactorStatus(enabled)));
    }

    @POST
    public Uni<ApiResponse<TwoFactorService.Enrolment>> enrol() {
        ObjectId userId = caller.userId();
        return users.findById(userId).flatMap(user -> {
            if (user == null) {
                throw new ApiException(ErrorCode.UNAUTHORIZED);
            }
            return twoFactor.enrol(userId, user.username);
        }).map(ApiResponse::of);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<RecoveryCodes>> confirm(@Valid @NotNull TwoFactorCode body, @Context HttpServerRequest request) {
        ObjectId userId = caller.userId();
        AuditOrigin origin = origins.of(request);
        return twoFactor.confirm(userId, body.code())
                .call(codes -> audit.record(AuditAction.TWO_FACTOR_ENABLED, userId, origin))
                .map(codes -> ApiResponse.of(new RecoveryCodes(codes)));
    }

    /** Needs a code in the body (authenticator or recovery) and, like every guarded call, in {@code X-OTP}. */
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<Void>> disable(@Valid @NotNull TwoFactorCode body, @Context HttpServerRequest request,
                                          @Context ContainerRequestContext context) {
        ObjectId userId = caller.userId();
        AuditOrigin origin = origins.of(request);
        boolean checkedByStepUp = body.code().strip().equals(context.getProperty(StepUpFilter.ACCEPTED_CODE));
        Uni<Boolean> checked = checkedByStepUp ? Uni.createFrom().item(true)
                : authService.requireSecondFactor(userId, body.code(), origin);
        return checked.flatMap(wasOn -> twoFactor.disable(userId))
                .call(off -> audit.record(AuditAction.TWO_FACTOR_DISABLED, userId, origin))
                .map(off -> ApiResponse.empty());
    }
}
