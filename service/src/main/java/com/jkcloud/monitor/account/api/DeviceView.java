package com.jkcloud.monitor.account.api;

import com.jkcloud.monitor.account.Device;
import com.jkcloud.monitor.account.DeviceStatus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A device as API.md describes it. Upstream reports incomes per account, so a device carries its
 * share of its account's figures (split by largest remainder in {@code DeviceViews}): an account's rows add up
 * to its figures exactly, and {@code withdrawable} to what a draw takes (rounded down).
 */
public record DeviceView(
        String accountId,
        String accountName,
        String deviceSn,
        String deviceName,
        String peerId,
        DeviceStatus status,
        String exceptionMessage,
        String ip,
        String lanIp,
        String systemVersion,
        String hardwareModel,
        Long bindTime,
        Long connectTime,
        Long disconnectTime,
        long usbCapacityBytes,
        long usbUsedBytes,
        BigDecimal totalIncome,
        BigDecimal yesterdayIncome,
        BigDecimal withdrawable,
        long updatedAt) {

    /** The account's share of incomes that one device carries. */
    public record IncomeShare(String accountName, BigDecimal totalIncome, BigDecimal yesterdayIncome, BigDecimal withdrawable) {
    }

    public static DeviceView of(Device device, IncomeShare share) {
        return new DeviceView(device.accountId.toHexString(), share.accountName(), device.deviceSn, device.deviceName,
                device.peerId, device.status, device.exceptionMessage, device.ip, device.lanIp, device.systemVersion,
                device.hardwareModel, millis(device.bindTime), millis(device.connectTime), millis(device.disconnectTime),
                device.usbCapacityBytes, device.usbUsedBytes, share.totalIncome(), share.yesterdayIncome(),
                share.withdrawable(), device.updatedAt == null ? 0 : device.updatedAt.toEpochMilli());
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
