package com.jkcloud.monitor.account.availability;

import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceStatus;
import com.mongodb.client.model.WriteModel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the statuses polls see into status-change intervals: one read and one bulk write per account, only on a change. */
@ApplicationScoped
public class DeviceAvailability {

    private final StatusIntervalRepository intervals;

    public DeviceAvailability(StatusIntervalRepository intervals) {
        this.intervals = intervals;
    }

    /**
     * Records one poll of an account: {@code before} are its devices as stored by the previous poll. Nothing is read or
     * written unless a device changed status, appeared or vanished (an open interval holds until the next change).
     */
    public Uni<Void> recordPoll(ObjectId accountId, Collection<Device> before, Collection<Device> polled,
                                Instant previousPollAt, Instant polledAt) {
        if (sameStatuses(before, polled)) {
            return Uni.createFrom().voidItem();
        }
        if (before.isEmpty()) { // no device stored before (a new account): nothing open to close
            return intervals.write(polled.stream().map(device -> StatusIntervalRepository.insert(opened(device, polledAt))).toList());
        }
        return intervals.openOfAccount(accountId).flatMap(openIntervals -> {
            Map<String, StatusInterval> openByDevice = openIntervals.stream()
                    .collect(Collectors.toMap(open -> open.deviceKey, Function.identity(), (first, second) -> first));
            List<WriteModel<StatusInterval>> writes = new ArrayList<>();
            for (Device device : polled) {
                StatusInterval open = openByDevice.remove(device.id);
                if (open != null && open.status == device.status) {
                    continue;
                }
                if (open != null) {
                    writes.add(StatusIntervalRepository.close(open, polledAt));
                }
                writes.add(StatusIntervalRepository.insert(opened(device, polledAt)));
            }
            // a device upstream no longer lists: its last status ends at the previous poll, its last sighting
            openByDevice.values().forEach(gone -> writes.add(StatusIntervalRepository.close(gone, lastSighting(gone, previousPollAt))));
            return intervals.write(writes);
        });
    }

    private static boolean sameStatuses(Collection<Device> before, Collection<Device> polled) {
        Map<String, DeviceStatus> statusBefore = before.stream()
                .collect(Collectors.toMap(device -> device.id, device -> device.status, (first, second) -> first));
        return statusBefore.size() == polled.size()
                && polled.stream().allMatch(device -> statusBefore.get(device.id) == device.status);
    }

    private static Instant lastSighting(StatusInterval gone, Instant previousPollAt) {
        return previousPollAt == null || previousPollAt.isBefore(gone.to) ? gone.to : previousPollAt;
    }

    private static StatusInterval opened(Device device, Instant at) {
        StatusInterval interval = new StatusInterval();
        interval.id = new ObjectId();
        interval.deviceKey = device.id;
        interval.ownerId = device.ownerId;
        interval.accountId = device.accountId;
        interval.deviceSn = device.deviceSn;
        interval.status = device.status;
        interval.from = at;
        interval.to = at;
        interval.open = true;
        return interval;
    }
}
