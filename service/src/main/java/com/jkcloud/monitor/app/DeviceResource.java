package com.jkcloud.monitor.app;

import com.jkcloud.monitor.common.http.PublicAddresses;
import com.jkcloud.monitor.app.api.DeviceLogout;
import com.jkcloud.monitor.app.api.DeviceRegistration;
import com.jkcloud.monitor.app.api.DeviceView;
import com.jkcloud.monitor.app.api.LoggedOut;
import com.jkcloud.monitor.app.api.Registered;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ApiResponse;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.security.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/devices")
@Tag(name = "Mobile app")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    private final DeviceService deviceService;
    private final PublicAddresses publicAddresses;
    private final OptionalCaller optionalCaller;
    private final CallerIdentity caller;

    public DeviceResource(DeviceService deviceService, PublicAddresses publicAddresses, OptionalCaller optionalCaller,
                          CallerIdentity caller) {
        this.deviceService = deviceService;
        this.publicAddresses = publicAddresses;
        this.optionalCaller = optionalCaller;
        this.caller = caller;
    }

    /** Sent by the app on every launch and after login; anonymous callers are welcome. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<Registered>> register(@Valid @NotNull DeviceRegistration registration,
                                                 @HeaderParam("Platform") String platform,
                                                 @HeaderParam("AppVersion") String appVersion,
                                                 @Context HttpServerRequest request) {
        String publicIp = publicAddresses.of(request);
        return optionalCaller.userId(registration.token())
                .flatMap(userId -> deviceService.register(registration.data(), clip(platform), clip(appVersion),
                        publicIp, userId.orElse(null)))
                .map(ApiResponse::of);
    }

    /** Logout. Needs the user's token (header or body). */
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ApiResponse<LoggedOut>> logout(@Valid DeviceLogout logout) {
        String bodyToken = logout == null ? null : logout.token();
        String deviceId = logout == null ? null : logout.deviceID();
        return optionalCaller.userId(bodyToken).flatMap(userId -> {
            if (userId.isEmpty()) {
                throw new ApiException(ErrorCode.UNAUTHORIZED);
            }
            return deviceService.logout(userId.get(), deviceId);
        }).map(count -> ApiResponse.of(new LoggedOut(count)));
    }

    /** The caller's devices that are not logged out. */
    @GET
    @Authenticated
    public Uni<ApiResponse<List<DeviceView>>> mine() {
        return deviceService.activeDevicesOf(caller.userId())
                .map(found -> ApiResponse.of(found.stream().map(DeviceView::of).toList()));
    }

    private static String clip(String header) {
        return header == null ? null : header.strip().substring(0, Math.min(header.strip().length(), 64));
    }
}
