package com.jkcloud.monitor.report;

import com.jkcloud.monitor.auth.User;
import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.notify.NotificationEvent;
import com.jkcloud.monitor.notify.delivery.ChannelDeliveries;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Sends the daily, weekly and monthly reports (event REPORT) of the period that last ended, from 09:00 China time
 * (after the night's polls brought yesterday's income in). Every tick of every replica may try: the notice key
 * (kind, user, period) lets the outbox take each report once, so a replica that was down catches up later that day.
 */
@ApplicationScoped
public class ReportJob {

    private static final Logger LOG = Logger.getLogger(ReportJob.class);
    private static final int SEND_FROM_HOUR = 9;

    private final UserRepository users;
    private final ReportFiguresService figures;
    private final ChannelDeliveries deliveries;
    private final Clock clock;

    public ReportJob(UserRepository users, ReportFiguresService figures, ChannelDeliveries deliveries, Clock clock) {
        this.users = users;
        this.figures = figures;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Scheduled(every = "{monitor.reports.tick}", identity = "periodic-reports",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return queueDue().replaceWithVoid();
    }

    /** Answers how many deliveries were queued now (0 for reports queued already). */
    public Uni<Integer> queueDue() {
        ZonedDateTime now = clock.instant().atZone(ChinaTime.ZONE);
        if (now.getHour() < SEND_FROM_HOUR) {
            return Uni.createFrom().item(0);
        }
        LocalDate today = now.toLocalDate();
        return Multi.createFrom().items(ReportPeriod.Kind.values())
                .onItem().transformToUniAndConcatenate(kind -> queue(kind, ReportPeriod.lastCompleted(kind, today)))
                .collect().asList()
                .map(queued -> queued.stream().mapToInt(Integer::intValue).sum());
    }

    private Uni<Integer> queue(ReportPeriod.Kind kind, ReportPeriod period) {
        String field = "notifications.reports." + kind.name().toLowerCase();
        return users.list(field + " = ?1", true)
                .onItem().transformToMulti(Multi.createFrom()::iterable)
                .onItem().transformToUniAndConcatenate(user -> queue(user, period).onFailure().recoverWithItem(failure -> {
                    LOG.warnf("The %s report of user %s is not queued now: %s", kind, user.id, failure.toString());
                    return 0;
                }))
                .collect().asList()
                .map(queued -> queued.stream().mapToInt(Integer::intValue).sum());
    }

    private Uni<Integer> queue(User user, ReportPeriod period) {
        Language language = Language.fromTag(user.notifications.language);
        String key = "report:" + period.kind() + ":" + user.id.toHexString() + ":" + period.from();
        return figures.figures(user.id, period).flatMap(found -> deliveries.audience(user.id, user.notifications.appPush)
                .flatMap(audience -> deliveries.queueNotice(audience, NotificationEvent.REPORT, key,
                        ReportText.subject(found, language), ReportText.summary(found, language), mailAddress(user),
                        clock.instant())));
    }

    private static String mailAddress(User user) {
        return user.notifications.enabled ? Optional.ofNullable(user.notifications.email).orElse(user.email) : null;
    }
}
