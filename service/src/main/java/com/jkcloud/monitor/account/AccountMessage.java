package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the account capability. */
public final class AccountMessage {

    public static final Message ALREADY_BOUND = Message.of("该玩客云账号已被绑定",
            "This OneThing account is already bound");
    public static final Message NOTHING_TO_CHANGE = Message.of("请提供要修改的名称、密码或分组",
            "Send a name, a password or a groupId to change");

    private AccountMessage() {
    }
}
