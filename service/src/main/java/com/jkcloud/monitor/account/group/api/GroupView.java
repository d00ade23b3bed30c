package com.jkcloud.monitor.account.group.api;

import com.jkcloud.monitor.account.group.AccountGroup;

/** A group as its owner sees it, with how many of their accounts are in it. */
public record GroupView(String id, String name, long accountCount, long createdAt) {

    public static GroupView of(AccountGroup group, long accountCount) {
        return new GroupView(group.id.toHexString(), group.name, accountCount, group.createdAt.toEpochMilli());
    }
}
