package com.jkcloud.monitor.twofactor;

import com.jkcloud.monitor.common.i18n.Message;

final class TwoFactorMessage {

    static final Message WRONG_CODE = Message.of("验证码错误或已使用", "The code is wrong or was used already");
    static final Message ALREADY_ON = Message.of("两步验证已开启，请先关闭", "Two-factor sign-in is on already; turn it off first");
    static final Message NOT_ENROLLING = Message.of("请先开始两步验证的设置", "Start the two-factor set-up first");
    static final Message NOT_ON = Message.of("两步验证未开启", "Two-factor sign-in is not on");

    private TwoFactorMessage() {
    }
}
