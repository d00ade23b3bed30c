package com.jkcloud.monitor.auth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the password-reset mail, Chinese by default; {@link ResetMailMessagesEn} has the English. */
@MessageBundle(value = "resetMail", locale = "zh-CN")
public interface ResetMailMessages {

    @Message("JK Cloud Monitor 密码重置验证码")
    String subject();

    @Message("您的 JK Cloud Monitor 密码重置验证码是")
    String codeIs();

    @Message("您的 JK Cloud Monitor 密码重置验证码是 {code}。")
    String codeIsLine(String code);

    @Message("验证码 {minutes} 分钟内有效，仅可使用一次。如果不是您本人操作，请忽略此邮件。")
    String validFor(long minutes);

    @Message("用它设置新密码后，因登录失败被锁定的账号也会立即解锁。")
    String unlocks();
}
