package com.jkcloud.monitor.report;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.DailyIncomeRepository;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.monitor.AlertRepository;
import com.jkcloud.monitor.monitor.AlertType;
import com.jkcloud.monitor.stats.StatsService;
import com.jkcloud.monitor.withdraw.Withdrawal;
import com.jkcloud.monitor.withdraw.WithdrawalRepository;
import com.mongodb.client.model.Filters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Computes a report's figures from the store (as the daily report mail does: the fleet from {@code stats}). */
@ApplicationScoped
public class ReportFiguresService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DailyIncomeRepository incomes;
    private final WithdrawalRepository withdrawals;
    private final AlertRepository alerts;
    private final AccountRepository accounts;
    private final StatsService stats;

    public ReportFiguresService(DailyIncomeRepository incomes, WithdrawalRepository withdrawals, AlertRepository alerts,
                                AccountRepository accounts, StatsService stats) {
        this.incomes = incomes;
        this.withdrawals = withdrawals;
        this.alerts = alerts;
        this.accounts = accounts;
        this.stats = stats;
    }

    public Uni<ReportFigures> figures(ObjectId ownerId, ReportPeriod period) {
        Instant from = startOf(period.from());
        Instant until = startOf(period.to().plusDays(1));
        Uni<BigDecimal> income = income(ownerId, period);
        Uni<BigDecimal> previous = income(ownerId, period.previous());
        Uni<List<Withdrawal>> drawn = withdrawals.mongoCollection()
                .find(Filters.and(Filters.eq("ownerId", ownerId), Filters.gte("createdAt", from), Filters.lt("createdAt", until)))
                .filter(withdrawal -> withdrawal.state == Withdrawal.State.COMPLETED)
                .collect().asList();
        Uni<long[]> alertCounts = Uni.combine().all().unis(count(ownerId, AlertType.OFFLINE, from, until),
                        count(ownerId, AlertType.EXCEPTION, from, until), count(ownerId, AlertType.RECOVERED, from, until),
                        count(ownerId, AlertType.AUTH_FAILED, from, until))
                .with(counts -> counts.stream().mapToLong(count -> (Long) count).toArray());
        Uni<List<String>> authFailed = accounts.listByOwner(ownerId).map(owned -> owned.stream()
                .filter(account -> account.status == AccountStatus.AUTH_FAILED)
                .map(account -> account.name != null ? account.name : account.username).toList());
        return Uni.combine().all().unis(income, previous, drawn, alertCounts, authFailed, stats.fleet(ownerId)).asTuple()
                .map(loaded -> {
                    BigDecimal current = loaded.getItem1();
                    BigDecimal before = loaded.getItem2();
                    BigDecimal change = before.signum() == 0 ? null
                            : current.subtract(before).multiply(HUNDRED).divide(before, 2, RoundingMode.HALF_UP);
                    List<Withdrawal> done = loaded.getItem3();
                    BigDecimal withdrawn = done.stream().map(withdrawal -> Coins.orZero(withdrawal.total))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    int devices = loaded.getItem6().devices().size();
                    int online = loaded.getItem6().online();
                    BigDecimal uptime = devices == 0 ? null
                            : BigDecimal.valueOf(online).multiply(HUNDRED).divide(BigDecimal.valueOf(devices), 2, RoundingMode.HALF_UP);
                    long[] counts = loaded.getItem4();
                    return new ReportFigures(period, Coins.rounded(current), Coins.rounded(before), change,
                            Coins.rounded(withdrawn), (int) done.stream().filter(withdrawal -> withdrawal.total.signum() > 0).count(),
                            online, devices, uptime, counts[0], counts[1], counts[2], counts[3], loaded.getItem5());
                });
    }

    private Uni<BigDecimal> income(ObjectId ownerId, ReportPeriod period) {
        return incomes.listOwnedBetween(ownerId, period.from().toString(), period.to().toString())
                .map(days -> days.stream().map(day -> Coins.orZero(day.coins())).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private Uni<Long> count(ObjectId ownerId, AlertType type, Instant from, Instant until) {
        return alerts.mongoCollection().countDocuments(Filters.and(Filters.eq("ownerId", ownerId), Filters.eq("type", type.name()),
                Filters.gte("at", from), Filters.lt("at", until)));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toInstant();
    }
}
