package com.jkcloud.monitor.monitor.mail;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.auth.User;
import com.jkcloud.monitor.auth.UserRepository;
import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.time.ChinaDates;
import com.jkcloud.monitor.outbox.MailConfig;
import com.jkcloud.monitor.outbox.OutboxMail;
import com.jkcloud.monitor.outbox.OutboxRepository;
import com.jkcloud.monitor.stats.StatsService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The optional daily report: yesterday's income and how many boxes are online. Queued once per user
 * and day (the outbox's dedupe key), whichever replica gets there first.
 */
@ApplicationScoped
public class DailyReportJob {

    private final UserRepository users;
    private final StatsService stats;
    private final OutboxRepository outbox;
    private final MailConfig config;
    private final Clock clock;
    private final Template html;
    private final Template text;
    private final MonitorMailTexts texts;

    public DailyReportJob(UserRepository users, StatsService stats, OutboxRepository outbox, MailConfig config, Clock clock,
                          @Location("mail/daily-report.html") Template html,
                          @Location("mail/daily-report.txt") Template text,
                          MonitorMailTexts texts) {
        this.users = users;
        this.stats = stats;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.html = html;
        this.text = text;
        this.texts = texts;
    }

    @Scheduled(cron = "{monitor.report.cron}", timeZone = ChinaTime.ZONE_ID, identity = "daily-report")
    Uni<Void> scheduled() {
        return config.enabled() ? queueReports().replaceWithVoid() : Uni.createFrom().voidItem();
    }

    /** Answers how many reports were queued now. */
    public Uni<Integer> queueReports() {
        LocalDate yesterday = ChinaDates.yesterday(clock);
        return users.list("notifications.dailyReport = ?1 and notifications.enabled = ?1", true)
                .onItem().transformToMulti(subscribers -> Multi.createFrom().iterable(subscribers))
                .onItem().transformToUniAndConcatenate(user -> queueReport(user, yesterday))
                .collect().asList()
                .map(queued -> (int) queued.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> queueReport(User user, LocalDate day) {
        String address = Optional.ofNullable(user.notifications.email).orElse(user.email);
        if (address == null) {
            return Uni.createFrom().item(false);
        }
        Language language = Language.fromTag(user.notifications.language);
        return stats.fleet(user.id).map(fleet -> {
            Instant now = clock.instant();
            OutboxMail mail = new OutboxMail();
            mail.id = new ObjectId();
            mail.dedupeKey = "report:" + user.id.toHexString() + ":" + day;
            mail.ownerId = user.id;
            mail.to = address;
            mail.subject = texts.in(language).reportSubject(day.toString());
            mail.html = render(html, language, day, fleet);
            mail.text = render(text, language, day, fleet);
            mail.createdAt = now;
            mail.nextAttemptAt = now;
            return mail;
        }).flatMap(outbox::enqueue);
    }

    private static String render(Template template, Language language, LocalDate day, com.jkcloud.monitor.stats.api.Fleet fleet) {
        return MonitorMailTexts.body(template, language).data("day", day.toString())
                .data("income", fleet.yesterdayIncome().toPlainString())
                .data("online", fleet.online()).data("offline", fleet.offline()).data("exception", fleet.exception())
                .render();
    }
}
