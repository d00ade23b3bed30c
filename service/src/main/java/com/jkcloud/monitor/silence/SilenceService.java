package com.jkcloud.monitor.silence;

import com.jkcloud.monitor.account.AccountRepository;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.silence.api.SilenceRequest;
import com.jkcloud.monitor.silence.api.SilenceView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Creates, lists and ends a user's silences; a scope must name the caller's own account or device. */
@ApplicationScoped
public class SilenceService {

    static final Duration LONGEST = Duration.ofDays(30);

    private final SilenceRepository silences;
    private final AccountRepository accounts;
    private final DeviceRepository devices;
    private final Clock clock;

    public SilenceService(SilenceRepository silences, AccountRepository accounts, DeviceRepository devices, Clock clock) {
        this.silences = silences;
        this.accounts = accounts;
        this.devices = devices;
        this.clock = clock;
    }

    public Uni<List<SilenceView>> active(ObjectId ownerId) {
        return silences.activeOf(ownerId, clock.instant()).map(found -> found.stream().map(SilenceView::of).toList());
    }

    public Uni<SilenceView> create(ObjectId ownerId, SilenceRequest request) {
        Instant now = clock.instant();
        Silence silence = new Silence();
        silence.id = new ObjectId();
        silence.ownerId = ownerId;
        silence.accountId = id("accountId", request.accountId());
        silence.groupId = id("groupId", request.groupId());
        silence.deviceSn = request.deviceSn() == null || request.deviceSn().isBlank() ? null : request.deviceSn().trim();
        silence.until = until(request.until(), now);
        silence.from = now;
        silence.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        silence.createdAt = now;
        return scopeIsOwned(silence).flatMap(owned -> {
            if (!owned) {
                throw ApiException.notFound();
            }
            return silences.persist(silence).map(SilenceView::of);
        });
    }

    public Uni<Void> end(ObjectId ownerId, ObjectId silenceId) {
        return silences.endNow(silenceId, ownerId, clock.instant()).map(ended -> {
            if (ended == null) {
                throw ApiException.notFound();
            }
            return null;
        });
    }

    /** An account or device that isn't the caller's is as unknown to them as one that doesn't exist. */
    private Uni<Boolean> scopeIsOwned(Silence silence) {
        Uni<Boolean> accountOwned = silence.accountId == null ? Uni.createFrom().item(true)
                : accounts.findOwned(silence.accountId, silence.ownerId).map(account -> account != null);
        return accountOwned.flatMap(owned -> !owned || silence.deviceSn == null ? Uni.createFrom().item(owned)
                : devices.listByOwner(silence.ownerId).map(found -> found.stream().anyMatch(device ->
                        silence.deviceSn.equals(device.deviceSn)
                                && (silence.accountId == null || silence.accountId.equals(device.accountId)))));
    }

    private static Instant until(Long untilMillis, Instant now) {
        if (untilMillis == null) {
            throw ApiException.invalidField("until", CommonMessage.FIELD_REQUIRED);
        }
        Instant until = Instant.ofEpochMilli(untilMillis);
        if (!until.isAfter(now)) {
            throw ApiException.invalidField("until", SilenceMessage.UNTIL_NOT_IN_FUTURE);
        }
        if (until.isAfter(now.plus(LONGEST))) {
            throw ApiException.invalidField("until", SilenceMessage.UNTIL_TOO_FAR);
        }
        return until;
    }

    private static ObjectId id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!ObjectId.isValid(value.trim())) {
            throw ApiException.invalidField(field, SilenceMessage.INVALID_ID);
        }
        return new ObjectId(value.trim());
    }
}
