package com.jkcloud.monitor.notify.delivery;

/**
 * The subject of a notification that lists {@code changes} device changes, {@code needingAttention} of them problems,
 * worded by the capability that reports them (the monitor's mail bundle), so mails and channels say the same.
 */
@FunctionalInterface
public interface ChangesSubject {

    String of(int changes, long needingAttention);
}
