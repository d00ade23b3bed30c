package com.jkcloud.monitor.account.availability;

import com.jkcloud.monitor.account.Device;
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

/** Turns the statuses a poll stored into status-change intervals: one read and one bulk write per account. */
@ApplicationScoped
public class DeviceAvailability {

    private final StatusIntervalRepository intervals;

    public DeviceAvailability(StatusIntervalRepository intervals) {
        this.intervals = intervals;
    }

    public Uni<Void> recordPoll(ObjectId accountId, Collection<Device> polled, Instant polledAt) {
        return intervals.openOfAccount(accountId).flatMap(openIntervals -> {
            Map<String, StatusInterval> openByDevice = openIntervals.stream()
                    .collect(Collectors.toMap(open -> open.deviceKey, Function.identity(), (first, second) -> first));
            List<WriteModel<StatusInterval>> writes = new ArrayList<>();
            for (Device device : polled) {
                StatusInterval open = openByDevice.remove(device.id);
                if (open != null && open.status == device.status) {
                    writes.add(StatusIntervalRepository.extend(open, polledAt));
                    continue;
                }
                if (open != null) {
                    writes.add(StatusIntervalRepository.close(open, polledAt));
                }
                writes.add(StatusIntervalRepository.insert(opened(device, polledAt)));
            }
            // a device upstream no longer lists: its last status ends at its last sighting
            openByDevice.values().forEach(gone -> writes.add(StatusIntervalRepository.close(gone, gone.to)));
            return intervals.write(writes);
        });
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
