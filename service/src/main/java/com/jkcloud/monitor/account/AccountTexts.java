package com.jkcloud.monitor.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link AccountMessage}; the English are in {@code messages/accountText_en.properties}. */
@MessageBundle(value = "accountText", locale = "zh-CN")
public interface AccountTexts {

    @Message("该玩客云账号已被绑定")
    String alreadyBound();

    @Message("请提供要修改的名称、密码或分组")
    String nothingToChange();
}
