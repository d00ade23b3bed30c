package com.jkcloud.monitor.account;

import com.jkcloud.monitor.account.api.AccountView;
import com.jkcloud.monitor.account.api.BindAccountRequest;
import com.jkcloud.monitor.account.api.ChangeAccountRequest;
import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/accounts")
@Tag(name = "OneThing accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AccountService accounts;
    private final CallerIdentity caller;

    public AccountResource(AccountService accounts, CallerIdentity caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ApiResponse<AccountView>>> bind(@Valid @NotNull BindAccountRequest request) {
        return accounts.bind(caller.userId(), request)
                .map(account -> RestResponse.status(Response.Status.CREATED, ApiResponse.of(account)));
    }

    @GET
    public Uni<ApiResponse<List<AccountView>>> list() {
        return accounts.list(caller.userId()).map(ApiResponse::of);
    }

    @GET
    @Path("/{id}")
    public Uni<ApiResponse<AccountView>> get(@PathParam("id") String id) {
        return accounts.get(caller.userId(), accountId(id)).map(ApiResponse::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<AccountView>> change(@PathParam("id") String id, @Valid @NotNull ChangeAccountRequest change) {
        return accounts.change(caller.userId(), accountId(id), change).map(ApiResponse::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<ApiResponse<Void>> unbind(@PathParam("id") String id) {
        return accounts.unbind(caller.userId(), accountId(id)).map(done -> ApiResponse.empty());
    }

    @GET
    @Path("/{id}/devices")
    public Uni<ApiResponse<List<DeviceView>>> devices(@PathParam("id") String id) {
        return accounts.devices(caller.userId(), accountId(id)).map(ApiResponse::of);
    }

    /** A malformed id can't name one of the caller's accounts: 404, like any other id that isn't theirs. */
    private static ObjectId accountId(String id) {
        if (!ObjectId.isValid(id)) {
            throw ApiException.notFound();
        }
        return new ObjectId(id);
    }
}
