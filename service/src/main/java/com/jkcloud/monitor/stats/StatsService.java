package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountDataChanged;
import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.DailyIncomeRecord;
import com.jkcloud.monitor.account.DailyIncomeRepository;
import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.DeviceStatus;
import com.jkcloud.monitor.account.DeviceViews;
import com.jkcloud.monitor.account.IncomeSummary;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.common.time.ChinaDates;
import com.jkcloud.monitor.market.MarketService;
import com.jkcloud.monitor.stats.api.Fleet;
import com.jkcloud.monitor.stats.api.IncomeStats;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Fleet and income figures, computed from stored data only: no upstream call on a user's request. */
@ApplicationScoped
public class StatsService {

    /** Windows up to this long are answered from the days kept on each account. */
    private static final int RECENT_WINDOW_DAYS = 90;

    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final DeviceViews deviceViews;
    private final MarketService market;
    private final AccountScope scope;
    private final DailyIncomeRepository dailyIncomes;
    private final Cache fleetCache;
    private final Clock clock;

    public StatsService(AccountRepository accounts, DeviceRepository devices, DeviceViews deviceViews,
                        MarketService market, AccountScope scope, DailyIncomeRepository dailyIncomes,
                        @CacheName("fleet") Cache fleetCache, Clock clock) {
        this.accounts = accounts;
        this.devices = devices;
        this.deviceViews = deviceViews;
        this.market = market;
        this.scope = scope;
        this.dailyIncomes = dailyIncomes;
        this.fleetCache = fleetCache;
        this.clock = clock;
    }

    /**
     * Apps refresh the fleet every few seconds while it changes only on a poll, a bind or a draw: an answer is
     * kept for a few seconds ({@code quarkus.cache.caffeine."fleet".*}) and dropped on this replica when the
     * owner's data changes (other replicas see the change within the expiry).
     */
    @CacheResult(cacheName = "fleet")
    public Uni<Fleet> fleet(ObjectId ownerId) {
        return loadFleet(ownerId);
    }

    void forgetFleet(@Observes AccountDataChanged changed) {
        // Caffeine drops the entry on the calling thread: nothing here waits
        fleetCache.invalidate(changed.ownerId()).subscribe().with(dropped -> { });
    }

    private Uni<Fleet> loadFleet(ObjectId ownerId) {
        return Uni.combine().all().unis(accounts.listByOwner(ownerId), devices.listByOwner(ownerId)).asTuple()
                .map(loaded -> {
                    List<DeviceView> views = deviceViews.of(loaded.getItem1(), loaded.getItem2());
                    int online = count(views, DeviceStatus.ONLINE);
                    int offline = count(views, DeviceStatus.OFFLINE);
                    int exception = count(views, DeviceStatus.EXCEPTION);
                    String yesterday = ChinaDates.yesterday(clock).toString();
                    BigDecimal yesterdayIncome = sum(loaded.getItem1(), income -> income.recentDays.get(yesterday));
                    return new Fleet(views, online, offline, exception, Coins.rounded(yesterdayIncome), drawable(loaded.getItem1()));
                });
    }

    /** Income figures of the caller's accounts, or of one account or one group of them. */
    public Uni<IncomeStats> income(ObjectId ownerId, int dayCount, ObjectId accountId, ObjectId groupId) {
        LocalDate yesterday = ChinaDates.yesterday(clock);
        LocalDate first = yesterday.minusDays(dayCount - 1L);
        LocalDate monthStart = ChinaDates.today(clock).withDayOfMonth(1);
        Uni<Map<LocalDate, BigDecimal>> dayPrices = market.dailyUsdtPrices(first.isBefore(monthStart) ? first : monthStart);
        return scope.of(ownerId, accountId, groupId).flatMap(inScope -> Uni.combine().all().unis(
                        devices.listByOwner(ownerId), dailyByDate(inScope, first, yesterday, dayCount), dayPrices).asTuple()
                .map(loaded -> income(inScope, countOfBoundAccounts(inScope, loaded.getItem1()), dayCount, loaded.getItem2(),
                        loaded.getItem3())));
    }

    /**
     * Coins per day over the window: the accounts' recent days when the window is within them, else the long
     * daily history (kept at least 400 days).
     */
    private Uni<Map<String, BigDecimal>> dailyByDate(List<OneThingAccount> inScope, LocalDate first, LocalDate last, int dayCount) {
        if (dayCount <= RECENT_WINDOW_DAYS) {
            Map<String, BigDecimal> byDate = new java.util.HashMap<>();
            inScope.forEach(account -> account.income.recentDays.forEach((date, coins) -> byDate.merge(date, coins, BigDecimal::add)));
            return Uni.createFrom().item(byDate);
        }
        List<ObjectId> accountIds = inScope.stream().map(account -> account.id).toList();
        return dailyIncomes.listBetween(accountIds, first.toString(), last.toString()).map(records -> records.stream()
                .collect(Collectors.toMap(DailyIncomeRecord::date, record -> Coins.orZero(record.coins()), BigDecimal::add)));
    }

    /**
     * Coins earned on a day are priced at that day's last scraped USDT price where one is known (else today's);
     * balances (total, withdrawn, withdrawable) at today's.
     */
    private IncomeStats income(List<OneThingAccount> owned, int deviceCount, int dayCount, Map<String, BigDecimal> byDate,
                               Map<LocalDate, BigDecimal> dayPrices) {
        LocalDate yesterday = ChinaDates.yesterday(clock);
        YearMonth thisMonth = YearMonth.from(ChinaDates.today(clock));
        BigDecimal yesterdayTotal = sum(owned, income -> income.recentDays.get(yesterday.toString()));
        BigDecimal monthIncome = sum(owned, income -> income.recentDays.entrySet().stream()
                .filter(day -> YearMonth.from(LocalDate.parse(day.getKey())).equals(thisMonth))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal totalIncome = sum(owned, income -> income.totalIncome);
        BigDecimal totalWithdrawn = sum(owned, income -> income.totalWithdrawn);
        BigDecimal withdrawable = drawable(owned);
        BigDecimal yesterdayAverage = Coins.divide(yesterdayTotal, deviceCount);
        BigDecimal usdt = market.usdtPrice().orElse(null);
        java.util.function.Function<LocalDate, BigDecimal> priceOn = day -> dayPrices.getOrDefault(day, usdt);

        List<IncomeStats.DayIncome> days = new ArrayList<>(dayCount);
        for (LocalDate day = yesterday.minusDays(dayCount - 1L); !day.isAfter(yesterday); day = day.plusDays(1)) {
            String date = day.toString();
            BigDecimal income = Coins.orZero(byDate.get(date));
            days.add(new IncomeStats.DayIncome(date, Coins.rounded(income), Coins.priced(income, priceOn.apply(day))));
        }
        BigDecimal monthIncomeUsdt = BigDecimal.ZERO;
        for (LocalDate day = ChinaDates.today(clock).withDayOfMonth(1); !day.isAfter(ChinaDates.today(clock)) && monthIncomeUsdt != null;
             day = day.plusDays(1)) {
            String date = day.toString();
            BigDecimal income = sum(owned, summary -> summary.recentDays.get(date));
            BigDecimal price = priceOn.apply(day);
            monthIncomeUsdt = income.signum() == 0 ? monthIncomeUsdt : price == null ? null : monthIncomeUsdt.add(income.multiply(price));
        }
        BigDecimal yesterdayPrice = priceOn.apply(yesterday);
        return new IncomeStats(Coins.rounded(yesterdayTotal), yesterdayAverage, Coins.rounded(monthIncome),
                Coins.rounded(totalIncome), Coins.rounded(totalWithdrawn), Coins.rounded(withdrawable), deviceCount, days,
                Coins.priced(yesterdayTotal, yesterdayPrice), Coins.priced(yesterdayAverage, yesterdayPrice),
                monthIncomeUsdt == null ? null : Coins.rounded(monthIncomeUsdt),
                Coins.priced(totalIncome, usdt), Coins.priced(totalWithdrawn, usdt), Coins.priced(withdrawable, usdt));
    }

    /** What a withdraw-all would draw: each account's withdrawable rounded down, then added (as the draws are). */
    private static BigDecimal drawable(List<OneThingAccount> owned) {
        return owned.stream().map(account -> Coins.drawable(account.income.withdrawable()))
                .reduce(Coins.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<OneThingAccount> owned, Function<IncomeSummary, BigDecimal> figure) {
        return owned.stream().map(account -> Coins.orZero(figure.apply(account.income)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Devices of accounts that are still bound (a poll racing an unbind may leave a few behind briefly). */
    private static int countOfBoundAccounts(List<OneThingAccount> owned, List<Device> devices) {
        Set<ObjectId> accountIds = owned.stream().map(account -> account.id).collect(Collectors.toSet());
        return (int) devices.stream().filter(device -> accountIds.contains(device.accountId)).count();
    }

    private static int count(List<DeviceView> views, DeviceStatus status) {
        return (int) views.stream().filter(view -> view.status() == status).count();
    }
}
