package com.jkcloud.monitor.importer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link ImportMessage}; the English are in {@code messages/importText_en.properties}. */
@MessageBundle(value = "importText", locale = "zh-CN")
public interface ImportTexts {

    @Message("一次最多导入 10000 行")
    String tooManyLines();

    @Message("没有可导入的行")
    String noLines();

    @Message("格式须为 用户名,密码[,名称[,分组]]")
    String lineInvalid();

    @Message("已绑定")
    String bound();

    @Message("该账号已绑定")
    String alreadyBound();
}
