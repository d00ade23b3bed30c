package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceQuery;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.DeviceStatus;
import com.jkcloud.monitor.account.DeviceViews;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.common.time.ChinaDates;
import com.jkcloud.monitor.stats.api.FleetPage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Filtered, sorted pages of a user's fleet: the store filters and orders, a page is a slice of its answer ({@link FleetOrders}). */
@ApplicationScoped
public class FleetPages {

    private static final int MOST_PAGES = 10_000;

    private final AccountScope scope;
    private final DeviceRepository devices;
    private final FleetOrders orders;
    private final DeviceViews deviceViews;
    /** Answers kept per page: a dashboard asks for the same page again and again while it changes only on a poll, a bind or a draw. */
    private final KeptAnswers<PageKey, FleetPage> pages;
    private final Clock clock;

    public FleetPages(AccountScope scope, DeviceRepository devices, FleetOrders orders, DeviceViews deviceViews,
                      OwnerChanges changes, Clock clock, @ConfigProperty(name = "quarkus.mongodb.connection-string") Optional<String> sharedStore) {
        this.scope = scope;
        this.devices = devices;
        this.orders = orders;
        this.deviceViews = deviceViews;
        this.clock = clock;
        this.pages = new KeptAnswers<>(changes, sharedStore, MOST_PAGES, page -> 1, PageKey::ownerId, key -> load(key.ownerId(), key.params()));
    }

    /** A page as answered for one owner, on one China-time day (yesterday's income is in it). */
    private record PageKey(ObjectId ownerId, FleetParams params, String yesterday) {
    }

    /** One page of the fleet, as kept: after a poll's change, the kept page is answered while it is reloaded. */
    public Uni<FleetPage> page(ObjectId ownerId, FleetParams params) {
        return pages.get(new PageKey(ownerId, params, ChinaDates.yesterday(clock).toString()));
    }

    private Uni<FleetPage> load(ObjectId ownerId, FleetParams params) {
        return scope.ofKept(ownerId, params.accountId(), params.groupId()).flatMap(inScope -> {
            Set<ObjectId> scopeIds = params.accountId() == null && params.groupId() == null ? null
                    : inScope.stream().map(account -> account.id).collect(Collectors.toSet());
            Set<ObjectId> textAccountIds = params.text() == null ? Set.of() : inScope.stream()
                    .filter(account -> contains(account.name, params.text()) || contains(account.username, params.text()))
                    .map(account -> account.id).collect(Collectors.toSet());
            DeviceQuery query = new DeviceQuery(ownerId, params.status(), scopeIds, params.text(), textAccountIds,
                    params.sort(), params.descending());
            return Uni.combine().all().unis(orders.of(query), orders.devicesOf(ownerId)).asTuple().map(answered -> {
                FleetOrder order = answered.getItem1();
                OwnerDevices owned = answered.getItem2();
                List<Device> shown = owned.inOrder(order.keysOfPage(params.skip(), params.size()));
                Map<DeviceStatus, Long> counts = order.counts();
                return new FleetPage(deviceViews.of(inScope, shown, owned.ofTheirAccounts(shown)), order.total(), params.page(),
                        params.size(), counts.get(DeviceStatus.ONLINE), counts.get(DeviceStatus.OFFLINE),
                        counts.get(DeviceStatus.EXCEPTION), Coins.rounded(yesterdayIncome(inScope, query, order, owned)));
            });
        });
    }

    /** The filter's share of yesterday's income: whole accounts when no device-level filter, else each device's share. */
    private BigDecimal yesterdayIncome(List<OneThingAccount> inScope, DeviceQuery query, FleetOrder order, OwnerDevices owned) {
        if (query.status() == null && query.text() == null) {
            String yesterday = ChinaDates.yesterday(clock).toString();
            return inScope.stream().map(account -> Coins.orZero(account.income.recentDays.get(yesterday)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        Map<String, DeviceView.IncomeShare> shares = deviceViews.sharesByKey(inScope, List.copyOf(owned.byKey().values()));
        return order.keys().stream().map(shares::get).filter(Objects::nonNull)
                .map(DeviceView.IncomeShare::yesterdayIncome).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
