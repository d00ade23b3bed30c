package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A fleet query's whole answer as the store sorted it: its devices' keys in order (a page is a slice) and the counts. */
record FleetOrder(List<String> keys, Map<DeviceStatus, Long> counts) {

    static FleetOrder of(List<Device> rows) {
        Map<DeviceStatus, Long> counts = new EnumMap<>(DeviceStatus.class);
        for (DeviceStatus status : DeviceStatus.values()) {
            counts.put(status, 0L);
        }
        rows.forEach(row -> counts.merge(row.status, 1L, Long::sum));
        return new FleetOrder(rows.stream().map(row -> row.id).toList(), counts);
    }

    long total() {
        return keys.size();
    }

    List<String> keysOfPage(int skip, int size) {
        return skip >= keys.size() ? List.of() : keys.subList(skip, Math.min(keys.size(), skip + size));
    }
}
