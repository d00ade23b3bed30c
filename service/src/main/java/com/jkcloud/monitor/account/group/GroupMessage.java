package com.jkcloud.monitor.account.group;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of account groups. */
public final class GroupMessage {

    public static final Message NAME_TAKEN = Message.of("已有同名分组", "A group with this name exists already");
    public static final Message NAME_REQUIRED = Message.of("请填写 1 到 64 个字符的分组名称",
            "Give the group a name of 1 to 64 characters");

    private GroupMessage() {
    }
}
