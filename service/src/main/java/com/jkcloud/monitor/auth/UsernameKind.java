package com.jkcloud.monitor.auth;

public enum UsernameKind {
    PHONE, EMAIL
}
