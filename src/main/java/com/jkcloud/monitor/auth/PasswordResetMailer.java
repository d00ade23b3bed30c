package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.i18n.Language;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** Mails the reset code, in the language the request asked in. */
@ApplicationScoped
public class PasswordResetMailer {

    private final ReactiveMailer mailer;
    private final Template html;
    private final Template text;

    public PasswordResetMailer(ReactiveMailer mailer,
                               @Location("mail/password-reset.html") Template html,
                               @Location("mail/password-reset.txt") Template text) {
        this.mailer = mailer;
        this.html = html;
        this.text = text;
    }

    public Uni<Void> send(String to, String code, Duration validFor, Language language) {
        String subject = language == Language.EN ? "JK Cloud Monitor password reset code"
                : "JK Cloud Monitor 密码重置验证码";
        return Uni.combine().all().unis(
                        html.data("code", code).data("minutes", validFor.toMinutes()).data("en", language == Language.EN).createUni(),
                        text.data("code", code).data("minutes", validFor.toMinutes()).data("en", language == Language.EN).createUni())
                .asTuple()
                .flatMap(bodies -> mailer.send(Mail.withHtml(to, subject, bodies.getItem1()).setText(bodies.getItem2())));
    }
}
