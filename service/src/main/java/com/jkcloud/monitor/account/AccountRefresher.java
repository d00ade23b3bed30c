package com.jkcloud.monitor.account;

import com.jkcloud.monitor.account.availability.DeviceAvailability;
import com.jkcloud.monitor.common.time.ChinaDates;
import com.jkcloud.monitor.onething.DailyIncome;
import com.jkcloud.monitor.onething.FailureKind;
import com.jkcloud.monitor.onething.IncomeHistory;
import com.jkcloud.monitor.onething.OneThingCredentials;
import com.jkcloud.monitor.onething.OneThingGateway;
import com.jkcloud.monitor.onething.OneThingResult;
import com.jkcloud.monitor.onething.UpstreamDevice;
import com.jkcloud.monitor.onething.UsbUsage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.bson.types.ObjectId;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Fetches one account's devices, USB disks, incomes and withdrawal total from upstream and stores them:
 * the devices, the daily history (only days that changed) and the account's summary.
 */
@ApplicationScoped
public class AccountRefresher {

    private static final Logger LOG = Logger.getLogger(AccountRefresher.class);
    /** Days kept on the account for stats windows (at most 90 asked) plus the previous month's days. */
    static final int RECENT_DAYS_KEPT = 100;
    /** Early in a month the last-N-days window reaches into the previous month. */
    private static final int PREVIOUS_MONTH_NEEDED_UNTIL_DAY = 8;

    private final OneThingGateway gateway;
    private final AccountSecrets secrets;
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final DailyIncomeRepository dailyIncomes;
    private final DeviceAvailability availability;
    private final Event<AccountDataChanged> changed;
    private final Clock clock;

    public AccountRefresher(OneThingGateway gateway, AccountSecrets secrets, AccountRepository accounts,
                            DeviceRepository devices, DailyIncomeRepository dailyIncomes, DeviceAvailability availability,
                            Event<AccountDataChanged> changed, Clock clock) {
        this.gateway = gateway;
        this.secrets = secrets;
        this.accounts = accounts;
        this.devices = devices;
        this.dailyIncomes = dailyIncomes;
        this.availability = availability;
        this.changed = changed;
        this.clock = clock;
    }

    /** Refreshes the account and stores what changed, its refresh time included. */
    public Uni<RefreshOutcome> refresh(OneThingAccount account) {
        return refresh(account, true);
    }

    /**
     * Refreshes the account like {@link #refresh(OneThingAccount)}, except that an account whose record this poll doesn't
     * change keeps it as it is: the caller records the poll time of many accounts at once with {@link #markPolled}.
     */
    public Uni<RefreshOutcome> refreshMarkedLater(OneThingAccount account) {
        return refresh(account, false);
    }

    /** Records that these accounts were refreshed at {@code polledAt}: one write for all of them. */
    public Uni<Void> markPolled(Collection<ObjectId> accountIds, Instant polledAt) {
        return accounts.markPolled(accountIds, polledAt);
    }

    private Uni<RefreshOutcome> refresh(OneThingAccount account, boolean markPolled) {
        OneThingCredentials credentials = secrets.credentials(account);
        boolean includePreviousMonth = account.income.recentDays.isEmpty()
                || ChinaDates.today(clock).getDayOfMonth() <= PREVIOUS_MONTH_NEEDED_UNTIL_DAY;
        // The device branch and the income branch don't depend on each other: ask upstream for both at once.
        Uni<OneThingResult<List<UpstreamDevice>>> listed = gateway.devices(credentials);
        Uni<OneThingResult<IncomeHistory>> incomes = gateway.incomes(credentials, includePreviousMonth);
        Uni<OneThingResult<BigDecimal>> withdrawn = gateway.totalWithdrawn(credentials);
        return Uni.combine().all().unis(listed, incomes, withdrawn).asTuple().flatMap(answers -> {
            if (answers.getItem1() instanceof OneThingResult.Failed<List<UpstreamDevice>> failed) {
                return fail(account, failed.kind(), failed.message());
            }
            if (answers.getItem2() instanceof OneThingResult.Failed<IncomeHistory> failed) {
                return fail(account, failed.kind(), failed.message());
            }
            if (answers.getItem3() instanceof OneThingResult.Failed<BigDecimal> failed) {
                return fail(account, failed.kind(), failed.message());
            }
            List<UpstreamDevice> upstreamDevices = ((OneThingResult.Ok<List<UpstreamDevice>>) answers.getItem1()).value();
            IncomeHistory history = ((OneThingResult.Ok<IncomeHistory>) answers.getItem2()).value();
            BigDecimal totalWithdrawn = ((OneThingResult.Ok<BigDecimal>) answers.getItem3()).value();
            return withUsb(credentials, upstreamDevices)
                    .flatMap(usbByDevice -> store(account, upstreamDevices, usbByDevice, history, totalWithdrawn, markPolled));
        });
    }

    private Uni<Map<String, UsbUsage>> withUsb(OneThingCredentials credentials, List<UpstreamDevice> listed) {
        return Multi.createFrom().iterable(listed)
                .onItem().transformToUniAndMerge(device -> gateway.usb(credentials, device.deviceId())
                        .map(usb -> Map.entry(device.deviceId(), usb instanceof OneThingResult.Ok<UsbUsage> ok
                                ? ok.value() : new UsbUsage(0, 0))))
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Uni<RefreshOutcome> store(OneThingAccount account, List<UpstreamDevice> listed, Map<String, UsbUsage> usbByDevice,
                                      IncomeHistory incomes, BigDecimal totalWithdrawn, boolean markPolled) {
        Instant now = clock.instant();
        List<Device> current = listed.stream().map(upstream -> toDevice(account, upstream,
                usbByDevice.getOrDefault(upstream.deviceId(), new UsbUsage(0, 0)), now)).toList();
        IncomeSummary summary = summarise(account.income, incomes, totalWithdrawn);
        Map<String, BigDecimal> changedDays = changedDays(account.income.recentDays, incomes.days());
        List<String> listedIds = listed.stream().map(UpstreamDevice::deviceId).toList();
        List<String> vanishedIds = account.deviceIds.stream().filter(known -> !listedIds.contains(known)).toList();
        Instant previousPollAt = account.lastPolledAt;
        boolean accountUnchanged = unchanged(account, summary, listedIds);
        return devices.findByKeys(account.id, account.deviceIds).flatMap(previous -> {
            List<Device> changedDevices = changedOnly(previous, current);
            boolean anyChange = !accountUnchanged || !changedDevices.isEmpty() || !vanishedIds.isEmpty() || !changedDays.isEmpty();
            return availability.recordPoll(account.id, previous, current, previousPollAt, now)
                    .flatMap(stored -> devices.replaceAccountDevices(account.id, changedDevices, vanishedIds))
                    .flatMap(stored -> dailyIncomes.upsert(account.id, account.ownerId, changedDays, now))
                    .flatMap(stored -> !accountUnchanged ? accounts.recordRefresh(account.id, summary, listedIds, now)
                            : markPolled ? accounts.markPolled(List.of(account.id), now) : Uni.createFrom().voidItem())
                    .map(stored -> {
                        account.income = summary;
                        account.deviceIds = new java.util.ArrayList<>(listedIds);
                        account.status = AccountStatus.OK;
                        account.statusMessage = null;
                        account.lastPolledAt = now;
                        if (anyChange) {
                            changed.fire(new AccountDataChanged(account.ownerId, !markPolled));
                        }
                        return (RefreshOutcome) new RefreshOutcome.Refreshed(account, previous, current);
                    });
        });
    }

    /**
     * The devices whose stored record this poll changes; the others keep their record (and its {@code updatedAt}, the
     * time the box last changed), so a quiet fleet costs no device writes.
     */
    private static List<Device> changedOnly(List<Device> previous, List<Device> current) {
        Map<String, Device> previousById = new HashMap<>();
        previous.forEach(device -> previousById.put(device.id, device));
        List<Device> changed = new java.util.ArrayList<>();
        for (Device device : current) {
            Device before = previousById.get(device.id);
            if (before != null && before.sameDataAs(device)) {
                device.updatedAt = before.updatedAt;
            } else {
                changed.add(device);
            }
        }
        return changed;
    }

    /** Whether the account record already says all this poll learnt (its poll time is the monitor's to keep). */
    private static boolean unchanged(OneThingAccount account, IncomeSummary summary, List<String> listedIds) {
        return account.status == AccountStatus.OK && account.statusMessage == null && account.deviceIds.equals(listedIds)
                && sameAmount(account.income.totalIncome, summary.totalIncome)
                && sameAmount(account.income.totalWithdrawn, summary.totalWithdrawn)
                && account.income.recentDays.keySet().equals(summary.recentDays.keySet())
                && summary.recentDays.entrySet().stream()
                        .allMatch(day -> sameAmount(account.income.recentDays.get(day.getKey()), day.getValue()));
    }

    private static boolean sameAmount(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    private Uni<RefreshOutcome> fail(OneThingAccount account, FailureKind kind, String message) {
        AccountStatus status = kind == FailureKind.AUTH_FAILED ? AccountStatus.AUTH_FAILED : AccountStatus.UPSTREAM_ERROR;
        LOG.infof("Refresh of account %s failed: %s %s", account.id, kind, message);
        account.status = status;
        account.statusMessage = message;
        return accounts.recordFailure(account.id, status, message, clock.instant())
                .map(recorded -> new RefreshOutcome.Failed(account, kind, message));
    }

    private IncomeSummary summarise(IncomeSummary before, IncomeHistory incomes, BigDecimal totalWithdrawn) {
        IncomeSummary summary = new IncomeSummary();
        summary.totalIncome = incomes.totalIncome();
        summary.totalWithdrawn = totalWithdrawn;
        TreeMap<String, BigDecimal> recent = new TreeMap<>(before.recentDays);
        for (DailyIncome day : incomes.days()) {
            recent.put(day.date().toString(), day.coins());
        }
        String oldestKept = ChinaDates.today(clock).minusDays(RECENT_DAYS_KEPT).toString();
        recent.headMap(oldestKept).clear();
        summary.recentDays = recent;
        return summary;
    }

    private static Map<String, BigDecimal> changedDays(Map<String, BigDecimal> known, List<DailyIncome> fetched) {
        Map<String, BigDecimal> changed = new HashMap<>();
        for (DailyIncome day : fetched) {
            String date = day.date().toString();
            BigDecimal before = known.get(date);
            if (before == null || before.compareTo(day.coins()) != 0) {
                changed.put(date, day.coins());
            }
        }
        return changed;
    }

    private static Device toDevice(OneThingAccount account, UpstreamDevice upstream, UsbUsage usb, Instant now) {
        Device device = new Device();
        device.id = Device.key(account.id, upstream.deviceId());
        device.accountId = account.id;
        device.ownerId = account.ownerId;
        device.deviceId = upstream.deviceId();
        device.deviceSn = upstream.deviceSn();
        device.deviceName = upstream.deviceName();
        device.peerId = upstream.peerId();
        device.status = upstream.inException() ? DeviceStatus.EXCEPTION
                : "online".equalsIgnoreCase(upstream.status()) ? DeviceStatus.ONLINE : DeviceStatus.OFFLINE;
        device.exceptionMessage = upstream.inException()
                ? Objects.requireNonNullElse(blankToNull(upstream.exceptionMessage()), upstream.exceptionName()) : null;
        device.ip = upstream.ip();
        device.lanIp = upstream.lanIp();
        device.systemVersion = upstream.systemVersion();
        device.hardwareModel = upstream.hardwareModel();
        device.bindTime = upstream.bindTime();
        device.connectTime = upstream.connectTime();
        device.disconnectTime = upstream.disconnectTime();
        device.usbCapacityBytes = usb.capacityBytes();
        device.usbUsedBytes = usb.usedBytes();
        device.updatedAt = now;
        return device;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
