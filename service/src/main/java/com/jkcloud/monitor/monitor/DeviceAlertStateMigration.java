package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.DeviceStatus;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/**
 * One-off, in the background at start: alert states once kept on the devices move to device_alert_states
 * (an existing state wins), then the old fields go; copy before drop, both idempotent.
 */
@ApplicationScoped
public class DeviceAlertStateMigration {

    private static final Logger LOG = Logger.getLogger(DeviceAlertStateMigration.class);

    private final DeviceRepository devices;
    private final DeviceAlertStateRepository states;

    public DeviceAlertStateMigration(DeviceRepository devices, DeviceAlertStateRepository states) {
        this.devices = devices;
        this.states = states;
    }

    void onStart(@Observes StartupEvent startup) {
        migrate().onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).atMost(20)
                .subscribe().with(moved -> {
                    if (moved > 0) {
                        LOG.infof("Moved the alert state of %d devices into device_alert_states", moved);
                    }
                }, failure -> LOG.errorf("Moving alert states into device_alert_states failed: %s", failure.getMessage()));
    }

    /** Answers how many devices still had the old fields. */
    public Uni<Integer> migrate() {
        return devices.withLegacyAlertState().flatMap(legacy -> {
            List<DeviceAlertState> moved = legacy.stream().map(fields -> {
                DeviceAlertState state = new DeviceAlertState();
                state.id = fields.deviceKey();
                state.accountId = fields.accountId();
                state.alertedStatus = status(fields.alertedStatus());
                state.pendingStatus = status(fields.pendingStatus());
                state.pendingSince = fields.pendingSince();
                return state;
            }).toList();
            List<String> keys = moved.stream().map(state -> state.id).toList();
            return states.insertMissing(moved).flatMap(copied -> devices.dropLegacyAlertState(keys)).replaceWith(moved.size());
        });
    }

    private static DeviceStatus status(String name) {
        return name == null ? null : DeviceStatus.valueOf(name);
    }
}
