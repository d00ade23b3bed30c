package com.jkcloud.monitor.app;

import com.jkcloud.monitor.app.api.DeviceRegistration;
import com.jkcloud.monitor.app.api.Registered;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.risk.DeviceActivity;
import com.jkcloud.monitor.risk.DeviceFacts;
import com.jkcloud.monitor.risk.RiskEngine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Registrations (which feed the risk engine), logouts and the caller's active devices. */
@ApplicationScoped
public class DeviceService {

    private final AppDeviceRepository devices;
    private final RiskEngine riskEngine;
    private final Clock clock;

    public DeviceService(AppDeviceRepository devices, RiskEngine riskEngine, Clock clock) {
        this.devices = devices;
        this.riskEngine = riskEngine;
        this.clock = clock;
    }

    public Uni<Registered> register(DeviceRegistration.Report report, String platform, String appVersion,
                                    String publicIp, ObjectId userId) {
        Instant now = clock.instant();
        return devices.upsert(report, platform, appVersion, publicIp, userId, now)
                .call(device -> riskEngine.onRegistration(activity(report, publicIp, now)))
                .map(device -> new Registered(device.deviceId, publicIp,
                        device.userId == null ? null : device.userId.toHexString()));
    }

    /** Logout: marks the user's device (or all of them) deleted; the records stay. */
    public Uni<Long> logout(ObjectId userId, String deviceId) {
        return devices.softDelete(userId, deviceId, clock.instant()).map(count -> {
            if (deviceId != null && count == 0) {
                throw new ApiException(com.jkcloud.monitor.common.api.ErrorCode.NOT_FOUND, AppMessage.DEVICE_NOT_FOUND);
            }
            return count;
        });
    }

    public Uni<List<AppDevice>> activeDevicesOf(ObjectId userId) {
        return devices.activeDevicesOf(userId);
    }

    private static DeviceActivity activity(DeviceRegistration.Report report, String publicIp, Instant now) {
        var device = report.device();
        var os = report.os();
        var location = report.location();
        DeviceFacts facts = new DeviceFacts(
                device == null ? null : device.brand(),
                device == null ? null : device.manufacturer(),
                device == null ? null : device.model(),
                device == null ? null : device.product(),
                device == null ? null : device.fingerprint(),
                device == null ? null : device.display(),
                os == null ? null : os.host(),
                os == null ? null : os.root(),
                device == null ? null : device.displayWidth(),
                device == null ? null : device.displayHeight());
        return new DeviceActivity(report.deviceID(), publicIp, now, facts,
                location == null ? null : location.latitude(), location == null ? null : location.longitude());
    }
}
