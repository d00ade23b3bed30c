package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceStatus;
import org.bson.types.ObjectId;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fleet query's whole answer in its order, as the store sorted it (key, account, SN and status of each device):
 * a page is a slice of it, and the counts cover the whole filter.
 */
record FleetOrder(List<Device> rows, Map<DeviceStatus, Long> counts, Map<ObjectId, List<Device>> byAccount) {

    static FleetOrder of(List<Device> rows) {
        Map<DeviceStatus, Long> counts = new EnumMap<>(DeviceStatus.class);
        for (DeviceStatus status : DeviceStatus.values()) {
            counts.put(status, 0L);
        }
        rows.forEach(row -> counts.merge(row.status, 1L, Long::sum));
        return new FleetOrder(List.copyOf(rows), counts, rows.stream().collect(Collectors.groupingBy(row -> row.accountId)));
    }

    long total() {
        return rows.size();
    }

    List<String> keysOfPage(int skip, int size) {
        return skip >= rows.size() ? List.of()
                : rows.subList(skip, Math.min(rows.size(), skip + size)).stream().map(row -> row.id).toList();
    }
}
