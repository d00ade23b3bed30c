package com.jkcloud.monitor.account;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.Message;

public enum AccountMessage implements Message {
    ALREADY_BOUND("该玩客云账号已被绑定", "This OneThing account is already bound"),
    NOTHING_TO_CHANGE("请提供要修改的名称或密码", "Send a name or a password to change");

    private final String chinese;
    private final String english;

    AccountMessage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? english : chinese;
    }
}
