package com.jkcloud.monitor.withdraw.api;

import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/withdrawals}: which accounts to draw; all of the caller's when absent. */
public record WithdrawRequest(@Size(max = 1000) List<@Size(max = 64) String> accountIds) {
}
