package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.i18n.Message;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Texts of the auth capability that carry figures. */
public final class AuthMessage {

    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);
    private static final Message TWO_ATTEMPTS_LEFT = Message.of(AuthTexts.class, AuthTexts::wrongCredentialsTwoAttemptsLeft);
    private static final Message ONE_ATTEMPT_LEFT = Message.of(AuthTexts.class, AuthTexts::wrongCredentialsOneAttemptLeft);

    private AuthMessage() {
    }

    /** The 423 of sign-in: when the lock ends by itself, and that a password reset ends it at once. */
    public static Message locked(Instant until) {
        // Rounded up, so the time shown is never before the lock really ends.
        Instant shown = until.truncatedTo(ChronoUnit.MINUTES).equals(until) ? until
                : until.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        String time = CHINA_TIME.format(shown);
        return Message.of(AuthTexts.class, texts -> texts.locked(time));
    }

    /** The 401 of a wrong password, warning when the lock is near. */
    public static Message wrongCredentials(int attemptsLeft) {
        return switch (attemptsLeft) {
            case 2 -> TWO_ATTEMPTS_LEFT;
            case 1 -> ONE_ATTEMPT_LEFT;
            default -> CommonMessage.WRONG_CREDENTIALS;
        };
    }
}
