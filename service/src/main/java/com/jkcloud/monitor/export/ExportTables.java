package com.jkcloud.monitor.export;

import com.jkcloud.monitor.account.DailyIncomeRecord;
import com.jkcloud.monitor.account.DailyIncomeRepository;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.stats.AccountScope;
import com.jkcloud.monitor.stats.StatsService;
import com.jkcloud.monitor.withdraw.WithdrawalService;
import com.jkcloud.monitor.withdraw.api.WithdrawalView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of each export, from the same stored figures the fleet, stats and withdrawal answers show. */
@ApplicationScoped
public class ExportTables {

    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);

    private final StatsService stats;
    private final AccountScope scope;
    private final DailyIncomeRepository dailyIncomes;
    private final WithdrawalService withdrawals;

    public ExportTables(StatsService stats, AccountScope scope, DailyIncomeRepository dailyIncomes, WithdrawalService withdrawals) {
        this.stats = stats;
        this.scope = scope;
        this.dailyIncomes = dailyIncomes;
        this.withdrawals = withdrawals;
    }

    public Uni<Table> fleet(ObjectId ownerId) {
        return stats.fleet(ownerId).map(fleet -> {
            List<List<Object>> rows = new ArrayList<>();
            for (DeviceView device : fleet.devices()) {
                rows.add(Arrays.asList(device.accountId(), device.accountName(), device.deviceSn(), device.deviceName(),
                        device.status().wireName(), device.ip(), device.lanIp(), device.hardwareModel(), device.systemVersion(),
                        device.usbCapacityBytes(), device.usbUsedBytes(), device.totalIncome(), device.yesterdayIncome(),
                        device.withdrawable(), time(device.updatedAt())));
            }
            return new Table("Fleet", List.of("accountId", "accountName", "deviceSn", "deviceName", "status", "ip", "lanIp",
                    "hardwareModel", "systemVersion", "usbCapacityBytes", "usbUsedBytes", "totalIncome", "yesterdayIncome",
                    "withdrawable", "updatedAt"), rows);
        });
    }

    /** One row per account in scope per day (0 where it earned nothing), oldest day first. */
    public Uni<Table> income(ObjectId ownerId, LocalDate from, LocalDate to, ObjectId groupId) {
        return scope.of(ownerId, null, groupId).flatMap(accounts -> dailyIncomes
                .listBetween(accounts.stream().map(account -> account.id).toList(), from.toString(), to.toString())
                .map(records -> {
                    Map<String, BigDecimal> coins = new HashMap<>();
                    for (DailyIncomeRecord record : records) {
                        coins.put(record.date() + ' ' + record.accountId().toHexString(), record.coins());
                    }
                    List<List<Object>> rows = new ArrayList<>();
                    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                        for (OneThingAccount account : accounts) {
                            String id = account.id.toHexString();
                            rows.add(Arrays.asList(day.toString(), id, account.name, account.username,
                                    Coins.rounded(Coins.orZero(coins.get(day + " " + id)))));
                        }
                    }
                    return new Table("Income", List.of("date", "accountId", "accountName", "username", "income"), rows);
                }));
    }

    /** One row per account of each withdrawal, newest withdrawal first (as the history lists them). */
    public Uni<Table> withdrawals(ObjectId ownerId) {
        return withdrawals.history(ownerId).map(history -> {
            List<List<Object>> rows = new ArrayList<>();
            for (WithdrawalView withdrawal : history) {
                for (WithdrawalView.Result result : withdrawal.results()) {
                    rows.add(Arrays.asList(withdrawal.id(), time(withdrawal.createdAt()),
                            withdrawal.completedAt() == null ? null : time(withdrawal.completedAt()),
                            result.accountId(), result.accountName(), result.amount(),
                            result.status() == null ? null : result.status().name(), result.message()));
                }
            }
            return new Table("Withdrawals", List.of("withdrawalId", "createdAt", "completedAt", "accountId", "accountName",
                    "amount", "status", "message"), rows);
        });
    }

    private static String time(long epochMillis) {
        return CHINA_TIME.format(Instant.ofEpochMilli(epochMillis));
    }
}
