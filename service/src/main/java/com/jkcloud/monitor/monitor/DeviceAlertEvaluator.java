package com.jkcloud.monitor.monitor;

import com.jkcloud.monitor.account.AccountStatus;
import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceStatus;
import com.jkcloud.monitor.account.OneThingAccount;
import com.jkcloud.monitor.account.RefreshOutcome;
import com.jkcloud.monitor.onething.FailureKind;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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

    private final DeviceAlertStateRepository alertStates;
    private final AlertRepository alerts;
    private final AlertSilencing silencing;
    private final Duration confirmAfter;
    private final Clock clock;

    public DeviceAlertEvaluator(DeviceAlertStateRepository alertStates, AlertRepository alerts, AlertSilencing silencing,
                                AlertConfig config, Clock clock) {
        this.alertStates = alertStates;
        this.alerts = alerts;
        this.silencing = silencing;
        this.confirmAfter = config.confirmAfter();
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
            return silencing.apply(event.ownerId, List.of(event), event.createdAt)
                    .flatMap(applied -> alerts.persist(event)).map(stored -> new AlertDecision(List.of(event), false));
        }
        RefreshOutcome.Refreshed refreshed = (RefreshOutcome.Refreshed) outcome;
        List<String> currentKeys = refreshed.currentDevices().stream().map(device -> device.id).toList();
        List<String> vanishedKeys = refreshed.previousDevices().stream().map(device -> device.id)
                .filter(key -> !currentKeys.contains(key)).toList();
        return alertStates.ofDevices(currentKeys)
                .flatMap(stored -> decide(refreshed, stored))
                .call(decided -> alertStates.deleteByIds(vanishedKeys));
    }

    private Uni<AlertDecision> decide(RefreshOutcome.Refreshed refreshed, List<DeviceAlertState> stored) {
        Map<String, DeviceAlertState> previousById = stored.stream()
                .collect(Collectors.toMap(state -> state.id, Function.identity(), (first, second) -> first));
        Instant now = clock.instant();
        List<AlertEvent> events = new ArrayList<>();
        List<DeviceAlertState> changed = new ArrayList<>();
        boolean awaitingConfirmation = false;
        for (Device current : refreshed.currentDevices()) {
            DeviceAlertState previous = previousById.get(current.id);
            Transition transition = transition(previous, current.status, now);
            if (transition.event() != null) {
                events.add(event(refreshed.account(), current, transition.event(),
                        transition.event() == AlertType.EXCEPTION ? current.exceptionMessage : null, transition.since()));
            }
            awaitingConfirmation |= transition.pendingStatus() != null;
            if (transition.changesStoredState(previous)) {
                changed.add(transition.state(current));
            }
        }
        boolean awaiting = awaitingConfirmation;
        Uni<Void> eventsStored = events.isEmpty() ? Uni.createFrom().voidItem()
                : withDowntimes(events, now).flatMap(timed -> silencing.apply(refreshed.account().ownerId, events, now))
                .flatMap(applied -> alerts.persist(events));
        return alertStates.store(changed).flatMap(done -> eventsStored).map(done -> new AlertDecision(events, awaiting));
    }

    /** The device's alerting state after this poll, and the event it confirms, if any. */
    record Transition(DeviceStatus alertedStatus, DeviceStatus pendingStatus, Instant pendingSince, AlertType event, Instant since) {

        boolean changesStoredState(DeviceAlertState previous) {
            return previous == null || previous.alertedStatus != alertedStatus || previous.pendingStatus != pendingStatus
                    || !java.util.Objects.equals(previous.pendingSince, pendingSince);
        }

        DeviceAlertState state(Device device) {
            DeviceAlertState state = new DeviceAlertState();
            state.id = device.id;
            state.accountId = device.accountId;
            state.alertedStatus = alertedStatus;
            state.pendingStatus = pendingStatus;
            state.pendingSince = pendingSince;
            return state;
        }
    }

    private Transition transition(DeviceAlertState previous, DeviceStatus seen, Instant now) {
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

    /** A recovery says how long the device was down: since its last OFFLINE or EXCEPTION event. */
    private Uni<Void> withDowntimes(List<AlertEvent> events, Instant now) {
        List<AlertEvent> recoveries = events.stream().filter(event -> event.type == AlertType.RECOVERED).toList();
        return Multi.createFrom().iterable(recoveries)
                .onItem().transformToUniAndConcatenate(recovery -> alerts.latestDownOf(recovery.accountId, recovery.deviceSn)
                        .invoke(down -> {
                            if (down != null && down.at != null) {
                                recovery.downtimeMs = Math.max(0, Duration.between(down.at, now).toMillis());
                            }
                        }))
                .collect().last().replaceWithVoid();
    }

    private AlertEvent event(OneThingAccount account, Device device, AlertType type, String message, Instant since) {
        Instant now = clock.instant();
        AlertEvent event = new AlertEvent();
        event.ownerId = account.ownerId;
        event.accountId = account.id;
        event.groupId = account.groupId;
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
