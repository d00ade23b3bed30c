package com.jkcloud.monitor.risk;

import com.jkcloud.monitor.common.i18n.Language;
import com.jkcloud.monitor.common.i18n.Message;

public enum RiskMessage implements Message {
    DEVICE_NOT_REGISTERED("设备未注册", "This device is not registered"),
    NOT_BLACKLISTED("该设备不在黑名单中", "This device is not blacklisted");

    private final String chinese;
    private final String english;

    RiskMessage(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? english : chinese;
    }
}
