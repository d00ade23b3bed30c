package com.jkcloud.monitor.account.group;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link GroupMessage}; the English are in {@code messages/groupText_en.properties}. */
@MessageBundle(value = "groupText", locale = "zh-CN")
public interface GroupTexts {

    @Message("已有同名分组")
    String nameTaken();

    @Message("请填写 1 到 64 个字符的分组名称")
    String nameRequired();
}
