package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountDataChanged;
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
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Filtered, sorted pages of a user's fleet, answered by the store (filter, order, count, skip, limit). */
@ApplicationScoped
public class FleetPages {

    private final AccountScope scope;
    private final DeviceRepository devices;
    private final DeviceViews deviceViews;
    /**
     * Answers kept per page. A change of the owner's data on this replica drops the owner's pages at once, so the next
     * ask waits for the store. A page older than the refresh interval is still answered at once while it is reloaded in
     * the background: so that another replica's change shows within {@link #REFRESH_SHARED_STORE} on a shared MongoDB;
     * the embedded store has one replica, whose changes all drop pages, so there it is only a safety net.
     */
    private final AsyncLoadingCache<PageKey, FleetPage> pages;
    private final Clock clock;
    static final Duration REFRESH_SHARED_STORE = Duration.ofSeconds(10);
    private static final Duration REFRESH_EMBEDDED_STORE = Duration.ofMinutes(5);
    private static final Duration UNUSED_FOR = Duration.ofMinutes(10);
    private static final int MOST_PAGES = 10_000;

    public FleetPages(AccountScope scope, DeviceRepository devices, DeviceViews deviceViews, Clock clock,
                      @ConfigProperty(name = "quarkus.mongodb.connection-string") Optional<String> sharedStore) {
        this.scope = scope;
        this.devices = devices;
        this.deviceViews = deviceViews;
        this.clock = clock;
        Duration refreshAfter = sharedStore.isPresent() ? REFRESH_SHARED_STORE : REFRESH_EMBEDDED_STORE;
        this.pages = Caffeine.newBuilder().maximumSize(MOST_PAGES).refreshAfterWrite(refreshAfter).expireAfterAccess(UNUSED_FOR)
                .buildAsync((key, executor) -> load(key.ownerId(), key.params()).subscribeAsCompletionStage());
    }

    /** A page as answered for one owner, on one China-time day (yesterday's income is in it). */
    private record PageKey(ObjectId ownerId, FleetParams params, String yesterday) {
    }

    /** One page of the fleet: a dashboard asks for the same page again and again while it changes only on a poll, a bind or a draw. */
    public Uni<FleetPage> page(ObjectId ownerId, FleetParams params) {
        PageKey key = new PageKey(ownerId, params, ChinaDates.yesterday(clock).toString());
        return Uni.createFrom().completionStage(() -> pages.get(key));
    }

    void forgetPages(@Observes AccountDataChanged changed) {
        pages.synchronous().asMap().keySet().removeIf(key -> key.ownerId().equals(changed.ownerId()));
    }

    private Uni<FleetPage> load(ObjectId ownerId, FleetParams params) {
        return scope.of(ownerId, params.accountId(), params.groupId()).flatMap(inScope -> {
            Set<ObjectId> scopeIds = params.accountId() == null && params.groupId() == null ? null
                    : inScope.stream().map(account -> account.id).collect(Collectors.toSet());
            Set<ObjectId> textAccountIds = params.text() == null ? Set.of() : inScope.stream()
                    .filter(account -> contains(account.name, params.text()) || contains(account.username, params.text()))
                    .map(account -> account.id).collect(Collectors.toSet());
            DeviceQuery query = new DeviceQuery(ownerId, params.status(), scopeIds, params.text(), textAccountIds,
                    params.sort(), params.descending(), params.skip(), params.size());
            return Uni.combine().all().unis(pageViews(inScope, query), devices.countByStatus(query),
                            yesterdayIncome(inScope, query)).asTuple()
                    .map(answered -> {
                        Map<DeviceStatus, Long> counts = answered.getItem2();
                        long online = counts.get(DeviceStatus.ONLINE);
                        long offline = counts.get(DeviceStatus.OFFLINE);
                        long exception = counts.get(DeviceStatus.EXCEPTION);
                        return new FleetPage(answered.getItem1(), online + offline + exception, params.page(),
                                params.size(), online, offline, exception, Coins.rounded(answered.getItem3()));
                    });
        });
    }

    private Uni<List<DeviceView>> pageViews(List<OneThingAccount> inScope, DeviceQuery query) {
        return devices.page(query).flatMap(shown -> {
            Set<ObjectId> accountIds = shown.stream().map(device -> device.accountId).collect(Collectors.toSet());
            if (accountIds.isEmpty()) {
                return Uni.createFrom().item(List.<DeviceView>of());
            }
            return devices.keysOfAccounts(inScope.stream().filter(account -> accountIds.contains(account.id)).toList())
                    .map(allOfThem -> deviceViews.of(inScope, shown, allOfThem));
        });
    }

    /** The filter's share of yesterday's income: whole accounts when no device-level filter, else each device's share. */
    private Uni<BigDecimal> yesterdayIncome(List<OneThingAccount> inScope, DeviceQuery query) {
        String yesterday = ChinaDates.yesterday(clock).toString();
        if (query.status() == null && query.text() == null) {
            return Uni.createFrom().item(inScope.stream()
                    .map(account -> Coins.orZero(account.income.recentDays.get(yesterday)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return devices.keysOf(query).flatMap(matched -> {
            Set<ObjectId> accountIds = matched.stream().map(device -> device.accountId).collect(Collectors.toSet());
            if (accountIds.isEmpty()) {
                return Uni.createFrom().item(BigDecimal.ZERO);
            }
            // every device of the owner in one read (a long $in of keys costs the embedded store more than that)
            DeviceQuery wholeFleet = new DeviceQuery(query.ownerId(), null, null, null, Set.of(), DeviceQuery.SortField.deviceSn, false, 0, 0);
            return devices.keysOf(wholeFleet).map(all -> {
                Map<String, DeviceView.IncomeShare> shares = deviceViews.sharesByKey(inScope, all);
                return matched.stream().map((Device device) -> shares.get(device.id))
                        .filter(java.util.Objects::nonNull)
                        .map(DeviceView.IncomeShare::yesterdayIncome)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
            });
        });
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
