package com.jkcloud.monitor.export;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the exports. */
public final class ExportMessage {

    public static final Message DATE_MALFORMED = Message.of(ExportTexts.class, ExportTexts::dateMalformed);
    public static final Message RANGE_TOO_LONG = Message.of(ExportTexts.class, ExportTexts::rangeTooLong);

    private ExportMessage() {
    }
}
