package com.jkcloud.monitor.account;

public enum AccountStatus {
    OK, AUTH_FAILED, UPSTREAM_ERROR
}
