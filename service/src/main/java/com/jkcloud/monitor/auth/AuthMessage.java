package com.jkcloud.monitor.auth;

import com.jkcloud.monitor.common.time.ChinaTime;
import com.jkcloud.monitor.common.i18n.CommonMessage;
import com.jkcloud.monitor.common.i18n.Message;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Texts of the auth capability that carry figures. */
public final class AuthMessage {

    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    private AuthMessage() {
    }

    /** The 423 of sign-in: when the lock ends by itself, and that a password reset ends it at once. */
    public static Message locked(Instant until) {
        // Rounded up, so the time shown is never before the lock really ends.
        Instant shown = until.truncatedTo(ChronoUnit.MINUTES).equals(until) ? until
                : until.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        String time = CHINA_TIME.format(shown);
        return Message.of("登录失败次数过多，账号已锁定，将于 " + time + "（北京时间）自动解锁；重置密码可立即解锁",
                "Too many failed sign-ins: the account is locked until " + time
                        + " (China time, UTC+8), or until you reset the password");
    }

    /** The 401 of a wrong password, warning when the lock is near. */
    public static Message wrongCredentials(int attemptsLeft) {
        return switch (attemptsLeft) {
            case 2 -> Message.of("用户名或密码错误，再失败 2 次账号将被锁定",
                    "Wrong username or password; two attempts left before the account is locked");
            case 1 -> Message.of("用户名或密码错误，再失败 1 次账号将被锁定",
                    "Wrong username or password; one attempt left before the account is locked");
            default -> CommonMessage.WRONG_CREDENTIALS;
        };
    }
}
