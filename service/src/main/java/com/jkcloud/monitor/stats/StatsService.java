package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountRepository;
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
import io.smallrye.mutiny.Uni;
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

    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final DeviceViews deviceViews;
    private final MarketService market;
    private final FleetCache fleetCache;
    private final Clock clock;

    public StatsService(AccountRepository accounts, DeviceRepository devices, DeviceViews deviceViews,
                        MarketService market, FleetCache fleetCache, Clock clock) {
        this.accounts = accounts;
        this.devices = devices;
        this.deviceViews = deviceViews;
        this.market = market;
        this.fleetCache = fleetCache;
        this.clock = clock;
    }

    public Uni<Fleet> fleet(ObjectId ownerId) {
        return fleetCache.get(ownerId, () -> loadFleet(ownerId));
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

    public Uni<IncomeStats> income(ObjectId ownerId, int dayCount) {
        return Uni.combine().all().unis(accounts.listByOwner(ownerId), devices.listByOwner(ownerId)).asTuple()
                .map(loaded -> income(loaded.getItem1(), countOfBoundAccounts(loaded.getItem1(), loaded.getItem2()), dayCount));
    }

    private IncomeStats income(List<OneThingAccount> owned, int deviceCount, int dayCount) {
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

        List<IncomeStats.DayIncome> days = new ArrayList<>(dayCount);
        for (LocalDate day = yesterday.minusDays(dayCount - 1L); !day.isAfter(yesterday); day = day.plusDays(1)) {
            String date = day.toString();
            BigDecimal income = sum(owned, summary -> summary.recentDays.get(date));
            days.add(new IncomeStats.DayIncome(date, Coins.rounded(income), Coins.priced(income, usdt)));
        }
        return new IncomeStats(Coins.rounded(yesterdayTotal), yesterdayAverage, Coins.rounded(monthIncome),
                Coins.rounded(totalIncome), Coins.rounded(totalWithdrawn), Coins.rounded(withdrawable), deviceCount, days,
                Coins.priced(yesterdayTotal, usdt), Coins.priced(yesterdayAverage, usdt), Coins.priced(monthIncome, usdt),
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
