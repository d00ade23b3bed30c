package com.jkcloud.monitor.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The Chinese texts of {@link ExportMessage}; the English are in {@code messages/exportText_en.properties}. */
@MessageBundle(value = "exportText", locale = "zh-CN")
public interface ExportTexts {

    @Message("日期格式须为 YYYY-MM-DD")
    String dateMalformed();

    @Message("起止日期须有序且最多相隔 366 天")
    String rangeTooLong();
}
