package com.jkcloud.monitor.stats;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.DeviceViews;
import com.jkcloud.monitor.account.availability.StatusInterval;
import com.jkcloud.monitor.account.availability.StatusIntervalRepository;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.stats.api.Availability;
import com.jkcloud.monitor.stats.api.DeviceDetail;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One device of the caller's fleet with its uptimes, and its availability timeline. */
@ApplicationScoped
public class DeviceDetails {

    private final DeviceRepository devices;
    private final AccountRepository accounts;
    private final StatusIntervalRepository intervals;
    private final DeviceViews deviceViews;
    private final Clock clock;

    public DeviceDetails(DeviceRepository devices, AccountRepository accounts, StatusIntervalRepository intervals,
                         DeviceViews deviceViews, Clock clock) {
        this.devices = devices;
        this.accounts = accounts;
        this.intervals = intervals;
        this.deviceViews = deviceViews;
        this.clock = clock;
    }

    public Uni<DeviceDetail> detail(ObjectId ownerId, String deviceSn) {
        Instant now = clock.instant();
        return owned(ownerId, deviceSn).flatMap(device -> accounts.findOwned(device.accountId, ownerId).flatMap(account -> {
            if (account == null) {
                throw ApiException.notFound();
            }
            return Uni.combine().all().unis(devices.listByAccount(account.id),
                            intervals.overlapping(ownerId, deviceSn, now.minus(Duration.ofDays(30)), now)).asTuple()
                    .map(loaded -> {
                        var view = deviceViews.of(List.of(account), List.of(device), loaded.getItem1()).get(0);
                        List<StatusInterval> seen = loaded.getItem2();
                        return new DeviceDetail(view, account.groupId == null ? null : account.groupId.toHexString(),
                                uptime(seen, now, Duration.ofHours(24)), uptime(seen, now, Duration.ofDays(7)),
                                uptime(seen, now, Duration.ofDays(30)));
                    });
        }));
    }

    public Uni<Availability> availability(ObjectId ownerId, String deviceSn, int days) {
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(days));
        return owned(ownerId, deviceSn).flatMap(device -> intervals.overlapping(ownerId, deviceSn, from, to))
                .map(seen -> {
                    List<Availability.Stretch> timeline = Timelines.of(seen, from, to);
                    return new Availability(deviceSn, from.toEpochMilli(), to.toEpochMilli(), Timelines.uptime(timeline), timeline);
                });
    }

    private Uni<Device> owned(ObjectId ownerId, String deviceSn) {
        return devices.findOwnedBySn(ownerId, deviceSn).map(device -> {
            if (device == null) {
                throw ApiException.notFound();
            }
            return device;
        });
    }

    private static java.math.BigDecimal uptime(List<StatusInterval> seen, Instant now, Duration window) {
        return Timelines.uptime(Timelines.of(seen, now.minus(window), now));
    }
}
