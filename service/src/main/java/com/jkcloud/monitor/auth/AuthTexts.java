package com.jkcloud.monitor.auth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link AuthMessage}; the English are in {@code messages/authText_en.properties}. */
@MessageBundle(value = "authText", locale = "zh-CN")
public interface AuthTexts {

    /** {@code time}: when the lock ends, China time, {@code yyyy-MM-dd HH:mm}. */
    @Message("登录失败次数过多，账号已锁定，将于 {time}（北京时间）自动解锁；重置密码可立即解锁")
    String locked(String time);

    @Message("用户名或密码错误，再失败 2 次账号将被锁定")
    String wrongCredentialsTwoAttemptsLeft();

    @Message("用户名或密码错误，再失败 1 次账号将被锁定")
    String wrongCredentialsOneAttemptLeft();
}
