package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.Device;
import org.bson.types.ObjectId;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every device of one owner as the store last gave them, by key and by account: the rows that fleet pages show. */
record OwnerDevices(Map<String, Device> byKey, Map<ObjectId, List<Device>> byAccount) {

    static OwnerDevices of(List<Device> devices) {
        return new OwnerDevices(devices.stream().collect(Collectors.toUnmodifiableMap(device -> device.id, Function.identity())),
                devices.stream().collect(Collectors.groupingBy(device -> device.accountId)));
    }

    int size() {
        return byKey.size();
    }

    /** These keys' devices in the keys' order (a key no longer here is left out). */
    List<Device> inOrder(List<String> keys) {
        return keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every device of the accounts these devices belong to (an account's income is split over all of them). */
    List<Device> ofTheirAccounts(List<Device> shown) {
        return shown.stream().map(device -> device.accountId).distinct()
                .flatMap(accountId -> byAccount.getOrDefault(accountId, List.of()).stream()).toList();
    }
}
