package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of bulk imports. */
public final class ImportMessage {

    public static final Message TOO_MANY_LINES = Message.of(ImportTexts.class, ImportTexts::tooManyLines);
    public static final Message NO_LINES = Message.of(ImportTexts.class, ImportTexts::noLines);
    public static final Message LINE_INVALID = Message.of(ImportTexts.class, ImportTexts::lineInvalid);
    public static final Message BOUND = Message.of(ImportTexts.class, ImportTexts::bound);
    public static final Message ALREADY_BOUND = Message.of(ImportTexts.class, ImportTexts::alreadyBound);

    private ImportMessage() {
    }
}
