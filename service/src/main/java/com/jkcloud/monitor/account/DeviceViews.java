package com.jkcloud.monitor.account;

import com.jkcloud.monitor.account.api.DeviceView;
import com.jkcloud.monitor.common.money.Coins;
import com.jkcloud.monitor.common.time.ChinaDates;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns stored devices into API views, each with its share of its account's incomes. Shares are split by
 * largest remainder (in device-SN order, so a device keeps its share from one answer to the next): an
 * account's device rows add up to the account's figures exactly, and withdrawable to what a draw would take.
 */
@ApplicationScoped
public class DeviceViews {

    private static final Comparator<Device> SHARE_ORDER = Comparator.comparing((Device device) -> String.valueOf(device.deviceSn))
            .thenComparing(device -> String.valueOf(device.id));

    private final Clock clock;

    public DeviceViews(Clock clock) {
        this.clock = clock;
    }

    public List<DeviceView> of(Collection<OneThingAccount> accounts, List<Device> devices) {
        Map<Device, DeviceView.IncomeShare> shares = shares(accounts, devices);
        return devices.stream()
                .filter(shares::containsKey)
                .map(device -> DeviceView.of(device, shares.get(device)))
                .toList();
    }

    /**
     * Views of {@code shown} only, with shares split over {@code allOfTheirAccounts} (every device of each
     * shown device's account, which may be fewer fields: key, account and SN are enough).
     */
    public List<DeviceView> of(Collection<OneThingAccount> accounts, List<Device> shown, List<Device> allOfTheirAccounts) {
        Map<String, DeviceView.IncomeShare> byKey = sharesByKey(accounts, allOfTheirAccounts);
        return shown.stream()
                .filter(device -> byKey.containsKey(device.id))
                .map(device -> DeviceView.of(device, byKey.get(device.id)))
                .toList();
    }

    /** Each device's share of its account's figures, by device key. */
    public Map<String, DeviceView.IncomeShare> sharesByKey(Collection<OneThingAccount> accounts, List<Device> devices) {
        Map<String, DeviceView.IncomeShare> byKey = new java.util.HashMap<>();
        shares(accounts, devices).forEach((device, share) -> byKey.put(device.id, share));
        return byKey;
    }

    private Map<Device, DeviceView.IncomeShare> shares(Collection<OneThingAccount> accounts, List<Device> devices) {
        Map<ObjectId, OneThingAccount> accountsById = accounts.stream()
                .collect(Collectors.toMap(account -> account.id, Function.identity()));
        String yesterday = ChinaDates.yesterday(clock).toString();
        Map<Device, DeviceView.IncomeShare> shares = new IdentityHashMap<>();
        devices.stream()
                .filter(device -> accountsById.containsKey(device.accountId))
                .collect(Collectors.groupingBy(device -> device.accountId))
                .forEach((accountId, owned) -> shares.putAll(shares(accountsById.get(accountId), owned, yesterday)));
        return shares;
    }

    private static Map<Device, DeviceView.IncomeShare> shares(OneThingAccount account, List<Device> owned, String yesterday) {
        List<Device> ordered = owned.stream().sorted(SHARE_ORDER).toList();
        IncomeSummary income = account.income;
        int count = ordered.size();
        List<BigDecimal> totals = Coins.split(income.totalIncome, count);
        List<BigDecimal> yesterdays = Coins.split(income.recentDays.getOrDefault(yesterday, BigDecimal.ZERO), count);
        List<BigDecimal> withdrawables = Coins.split(Coins.drawable(income.withdrawable()), count);
        Map<Device, DeviceView.IncomeShare> shares = new IdentityHashMap<>();
        for (int index = 0; index < count; index++) {
            shares.put(ordered.get(index), new DeviceView.IncomeShare(account.name,
                    totals.get(index), yesterdays.get(index), withdrawables.get(index)));
        }
        return shares;
    }
}
