package com.jkcloud.monitor.importer;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of bulk imports. */
public final class ImportMessage {

    public static final Message TOO_MANY_LINES = Message.of("一次最多导入 10000 行", "An import holds at most 10 000 lines");
    public static final Message NO_LINES = Message.of("没有可导入的行", "There is no line to import");
    public static final Message LINE_INVALID = Message.of("格式须为 用户名,密码[,名称[,分组]]",
            "Write username,password[,name[,group]]");
    public static final Message BOUND = Message.of("已绑定", "Bound");
    public static final Message ALREADY_BOUND = Message.of("该账号已绑定", "Already bound");

    private ImportMessage() {
    }
}
