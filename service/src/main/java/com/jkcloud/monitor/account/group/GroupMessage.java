package com.jkcloud.monitor.account.group;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of account groups. */
public final class GroupMessage {

    public static final Message NAME_TAKEN = Message.of(GroupTexts.class, GroupTexts::nameTaken);
    public static final Message NAME_REQUIRED = Message.of(GroupTexts.class, GroupTexts::nameRequired);

    private GroupMessage() {
    }
}
