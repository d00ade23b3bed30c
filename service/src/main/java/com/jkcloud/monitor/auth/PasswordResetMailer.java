package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.outbox.OutboxMail;
import com.jkcloud.monitor.outbox.OutboxRepository;
import com.jkcloud.monitor.outbox.OutboxSender;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Queues the reset code's mail in the outbox, in the language the request asked in: the request never waits
 * for SMTP, and a mail that can't go out now is retried until it does.
 */
@ApplicationScoped
public class PasswordResetMailer {

    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final Clock clock;
    private final Template html;
    private final Template text;
    private final ResetMailMessages chinese;
    private final ResetMailMessages english;

    public PasswordResetMailer(OutboxRepository outbox, OutboxSender sender, Clock clock,
                               @Location("mail/password-reset.html") Template html,
                               @Location("mail/password-reset.txt") Template text,
                               ResetMailMessages chinese, @Localized("en") ResetMailMessages english) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.html = html;
        this.text = text;
        this.chinese = chinese;
        this.english = english;
    }

    public Uni<Void> queue(ObjectId userId, String to, String code, Duration validFor, Language language) {
        OutboxMail mail = compose(to, code, validFor, language);
        mail.ownerId = userId;
        return outbox.enqueue(mail).invoke(sender::kick).replaceWithVoid();
    }

    /** The same rendering and the same kind of store write as {@link #queue}, for a request that mails nobody. */
    public Uni<Void> queueNothing(String code, Duration validFor, Language language) {
        compose("nobody@invalid", code, validFor, language);
        return outbox.enqueueNothing();
    }

    private OutboxMail compose(String to, String code, Duration validFor, Language language) {
        Instant now = clock.instant();
        OutboxMail mail = new OutboxMail();
        mail.id = new ObjectId();
        mail.dedupeKey = "password-reset:" + mail.id.toHexString();
        mail.to = to;
        mail.subject = (language == Language.EN ? english : chinese).subject();
        mail.html = render(html, code, validFor, language);
        mail.text = render(text, code, validFor, language);
        mail.holdsSecret = true;
        mail.createdAt = now;
        mail.nextAttemptAt = now;
        return mail;
    }

    private static String render(Template template, String code, Duration validFor, Language language) {
        return template.instance().setLocale(language.locale()).data("lang", language.tag())
                .data("code", code).data("minutes", validFor.toMinutes()).render();
    }
}
