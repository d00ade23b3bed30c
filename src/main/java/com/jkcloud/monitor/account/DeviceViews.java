package com.jkcloud.monitor.account;

import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.common.time.ChinaDates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns stored devices into API views, each with its share of its account's incomes. */
@ApplicationScoped
public class DeviceViews {

    private final Clock clock;

    public DeviceViews(Clock clock) {
        this.clock = clock;
    }

    public List<DeviceView> of(Collection<OneThingAccount> accounts, List<Device> devices) {
        Map<ObjectId, OneThingAccount> accountsById = accounts.stream()
                .collect(Collectors.toMap(account -> account.id, Function.identity()));
        Map<ObjectId, Long> devicesPerAccount = devices.stream()
                .collect(Collectors.groupingBy(device -> device.accountId, Collectors.counting()));
        String yesterday = ChinaDates.yesterday(clock).toString();
        return devices.stream()
                .filter(device -> accountsById.containsKey(device.accountId))
                .map(device -> DeviceView.of(device, share(accountsById.get(device.accountId),
                        devicesPerAccount.get(device.accountId), yesterday)))
                .toList();
    }

    private static DeviceView.IncomeShare share(OneThingAccount account, long deviceCount, String yesterday) {
        IncomeSummary income = account.income;
        BigDecimal yesterdayIncome = income.recentDays.getOrDefault(yesterday, BigDecimal.ZERO);
        return new DeviceView.IncomeShare(account.name,
                Coins.divide(income.totalIncome, deviceCount),
                Coins.divide(yesterdayIncome, deviceCount),
                Coins.divide(income.withdrawable(), deviceCount));
    }
}
