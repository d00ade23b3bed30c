package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceRepository;
import com.jkcloud.monitor.account.DeviceStatus;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.RefreshOutcome;
import com.jkcloud.monitor.onething.FailureKind;
import com.mongodb.client.model.Updates;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


/**
 * Turns what a poll saw into alert events. A bad state (offline, exception) seen once is only pending; a
 * re-poll after {@code monitor.alert.confirm-after} that still sees it confirms it. Owners hear about
 * each confirmed transition once, and about the recovery when the device is back online.
 */
@ApplicationScoped
public class DeviceAlertEvaluator {

    private final DeviceRepository devices;
    private final AlertRepository alerts;
    private final Duration confirmAfter;
    private final Clock clock;

    public DeviceAlertEvaluator(DeviceRepository devices, AlertRepository alerts,
                                @ConfigProperty(name = "monitor.alert.confirm-after", defaultValue = "10m") Duration confirmAfter,
                                Clock clock) {
        this.devices = devices;
        this.alerts = alerts;
        this.confirmAfter = confirmAfter;
        this.clock = clock;
    }

    public Duration confirmAfter() {
        return confirmAfter;
    }

    public Uni<AlertDecision> evaluate(RefreshOutcome outcome, AccountStatus statusBeforePoll) {
        if (outcome instanceof RefreshOutcome.Failed failed) {
            boolean newlyRejected = failed.kind() == FailureKind.AUTH_FAILED && statusBeforePoll != AccountStatus.AUTH_FAILED;
            if (!newlyRejected) {
                return Uni.createFrom().item(AlertDecision.none());
            }
            AlertEvent event = event(failed.account(), null, AlertType.AUTH_FAILED, failed.message(), clock.instant());
            return alerts.persist(event).map(stored -> new AlertDecision(List.of(event), false));
        }
        RefreshOutcome.Refreshed refreshed = (RefreshOutcome.Refreshed) outcome;
        Map<String, Device> previousById = refreshed.previousDevices().stream()
                .collect(Collectors.toMap(device -> device.deviceId, Function.identity(), (first, second) -> first));
        Instant now = clock.instant();
        List<AlertEvent> events = new ArrayList<>();
        List<Uni<Void>> stateWrites = new ArrayList<>();
        boolean awaitingConfirmation = false;
        for (Device current : refreshed.currentDevices()) {
            Device previous = previousById.get(current.deviceId);
            Transition transition = transition(previous, current.status, now);
            if (transition.event() != null) {
                events.add(event(refreshed.account(), current, transition.event(),
                        transition.event() == AlertType.EXCEPTION ? current.exceptionMessage : null, transition.since()));
            }
            awaitingConfirmation |= transition.pendingStatus() != null;
            if (transition.changesStoredState(previous)) {
                stateWrites.add(storeState(current, transition));
            }
        }
        boolean awaiting = awaitingConfirmation;
        Uni<Void> written = stateWrites.isEmpty() ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(stateWrites).onItem().transformToUniAndConcatenate(write -> write).collect().last().replaceWithVoid();
        Uni<Void> stored = events.isEmpty() ? Uni.createFrom().voidItem() : alerts.persist(events);
        return written.flatMap(done -> stored).map(done -> new AlertDecision(events, awaiting));
    }

    /** The device's alerting state after this poll, and the event it confirms, if any. */
    record Transition(DeviceStatus alertedStatus, DeviceStatus pendingStatus, Instant pendingSince, AlertType event, Instant since) {

        boolean changesStoredState(Device previous) {
            return previous == null || previous.alertedStatus != alertedStatus || previous.pendingStatus != pendingStatus
                    || !java.util.Objects.equals(previous.pendingSince, pendingSince);
        }
    }

    private Transition transition(Device previous, DeviceStatus seen, Instant now) {
        DeviceStatus alerted = previous == null ? null : previous.alertedStatus;
        if (alerted == null) {
            // A device we see for the first time is taken as it is: nothing changed that anyone should hear about.
            return new Transition(seen, null, null, null, null);
        }
        if (seen == alerted) {
            return new Transition(alerted, null, null, null, null);
        }
        if (seen == DeviceStatus.ONLINE) {
            return new Transition(DeviceStatus.ONLINE, null, null, AlertType.RECOVERED, now);
        }
        boolean sameBadStateAsBefore = previous.pendingStatus == seen && previous.pendingSince != null;
        if (sameBadStateAsBefore && !now.isBefore(previous.pendingSince.plus(confirmAfter))) {
            AlertType type = seen == DeviceStatus.OFFLINE ? AlertType.OFFLINE : AlertType.EXCEPTION;
            return new Transition(seen, null, null, type, previous.pendingSince);
        }
        Instant since = sameBadStateAsBefore ? previous.pendingSince : now;
        return new Transition(alerted, seen, since, null, null);
    }

    private Uni<Void> storeState(Device device, Transition transition) {
        List<Bson> updates = List.of(
                Updates.set("alertedStatus", transition.alertedStatus() == null ? null : transition.alertedStatus().name()),
                Updates.set("pendingStatus", transition.pendingStatus() == null ? null : transition.pendingStatus().name()),
                Updates.set("pendingSince", transition.pendingSince()));
        return devices.mongoCollection().updateOne(new org.bson.Document("_id", device.id), Updates.combine(updates))
                .replaceWithVoid();
    }

    private AlertEvent event(OneThingAccount account, Device device, AlertType type, String message, Instant since) {
        Instant now = clock.instant();
        AlertEvent event = new AlertEvent();
        event.ownerId = account.ownerId;
        event.accountId = account.id;
        event.accountName = account.name;
        event.accountUsername = account.username;
        event.deviceSn = device == null ? null : device.deviceSn;
        event.deviceName = device == null ? null : device.deviceName;
        event.type = type;
        event.message = message;
        event.at = since;
        event.createdAt = now;
        event.mailDueAt = now;
        return event;
    }
}
