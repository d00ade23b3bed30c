package com.jkcloud.monitor.withdraw;

import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.security.CallerIdentity;
import com.jkcloud.monitor.withdraw.api.WithdrawPlan;
import com.jkcloud.monitor.withdraw.api.WithdrawRequest;
import com.jkcloud.monitor.withdraw.api.WithdrawalView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/withdrawals")
@Tag(name = "Withdrawals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class WithdrawalResource {

    private final WithdrawalService withdrawals;
    private final CallerIdentity caller;

    public WithdrawalResource(WithdrawalService withdrawals, CallerIdentity caller) {
        this.withdrawals = withdrawals;
        this.caller = caller;
    }

    /**
     * Replaying the same Idempotency-Key answers the first request's result and draws nothing again. An account
     * another withdrawal is drawing is answered SKIPPED; a request that drew nothing and failed nothing leaves no row.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<WithdrawalView>> withdrawAll(@HeaderParam("Idempotency-Key") String idempotencyKey,
                                                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                                        @Valid WithdrawRequest request) {
        List<String> accountIds = request == null ? null : request.accountIds();
        return withdrawals.withdrawAll(caller.userId(), idempotencyKey, accountIds, Language.fromAcceptLanguage(acceptLanguage))
                .map(ApiResponse::of);
    }

    @GET
    public Uni<ApiResponse<List<WithdrawalView>>> history() {
        return withdrawals.history(caller.userId()).map(ApiResponse::of);
    }

    /** What "withdraw all" would draw now per account, from the last poll; what the dashboard offers. */
    @GET
    @Path("/plan")
    public Uni<ApiResponse<WithdrawPlan>> plan() {
        return withdrawals.plan(caller.userId()).map(ApiResponse::of);
    }
}
