package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.DeviceQuery;
import com.jkcloud.monitor.account.DeviceRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The store's answers that fleet pages are cut from, kept per owner: each query's order (filter and sort, without
 * paging) and the owner's devices. The embedded store filters and sorts by scanning, and reads by key through a
 * costly index, so a page of a query asked before reads nothing from the store, however deep it is.
 */
@ApplicationScoped
class FleetOrders {

    /** Keys of all orders kept (about 100 bytes each). */
    private static final long MOST_KEPT_KEYS = 1_000_000;
    /** Devices of all owners kept (about 1 kB each). */
    private static final long MOST_KEPT_DEVICES = 100_000;

    private final KeptAnswers<DeviceQuery, FleetOrder> orders;
    private final KeptAnswers<ObjectId, OwnerDevices> devices;

    FleetOrders(DeviceRepository store, OwnerChanges changes,
                @ConfigProperty(name = "quarkus.mongodb.connection-string") Optional<String> sharedStore) {
        this.orders = new KeptAnswers<>(changes, sharedStore, MOST_KEPT_KEYS, order -> order.keys().size(), DeviceQuery::ownerId,
                query -> store.order(query).map(FleetOrder::of));
        this.devices = new KeptAnswers<>(changes, sharedStore, MOST_KEPT_DEVICES, OwnerDevices::size, ownerId -> ownerId,
                ownerId -> store.allOfOwner(ownerId).map(OwnerDevices::of));
    }

    /** The query's order, reloaded first if a poll has changed the owner's devices since it was read. */
    Uni<FleetOrder> of(DeviceQuery query) {
        return orders.fresh(query);
    }

    /** Every device of the owner, reloaded first like {@link #of}. */
    Uni<OwnerDevices> devicesOf(ObjectId ownerId) {
        return devices.fresh(ownerId);
    }
}
