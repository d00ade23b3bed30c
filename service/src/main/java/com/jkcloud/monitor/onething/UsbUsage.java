package com.jkcloud.monitor.onething;

/** USB disks of one device, summed over its partitions, in bytes. */
public record UsbUsage(long capacityBytes, long usedBytes) {
}
