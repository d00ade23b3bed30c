package com.jkcloud.monitor.simulator;

import java.util.List;

/** One simulated box. Identity is fixed; status is changed through {@link OneThingSimulator}'s control surface. */
public final class SimulatedDevice {

    /** A USB partition, in bytes. */
    public record Partition(long capacityBytes, long usedBytes) {
    }

    private final String deviceId;
    private final String deviceSn;
    private final String deviceName;
    private final String peerId;
    private final String ip;
    private final String lanIp;
    private final long bindTime;
    private final List<Partition> partitions;
    private volatile boolean online = true;
    private volatile String exceptionName = "";
    private volatile String exceptionMessage = "";
    private volatile long connectTime;
    private volatile long disconnectTime;

    SimulatedDevice(String deviceId, String deviceSn, String deviceName, String peerId, String ip, String lanIp,
            long bindTime, long connectTime, List<Partition> partitions) {
        this.deviceId = deviceId;
        this.deviceSn = deviceSn;
        this.deviceName = deviceName;
        this.peerId = peerId;
        this.ip = ip;
        this.lanIp = lanIp;
        this.bindTime = bindTime;
        this.connectTime = connectTime;
        this.partitions = List.copyOf(partitions);
    }

    public String deviceId() {
        return deviceId;
    }

    public String deviceSn() {
        return deviceSn;
    }

    public String deviceName() {
        return deviceName;
    }

    public String peerId() {
        return peerId;
    }

    public String ip() {
        return ip;
    }

    public String lanIp() {
        return lanIp;
    }

    public boolean online() {
        return online;
    }

    public String exceptionName() {
        return exceptionName;
    }

    public String exceptionMessage() {
        return exceptionMessage;
    }

    public long bindTime() {
        return bindTime;
    }

    public long connectTime() {
        return connectTime;
    }

    public long disconnectTime() {
        return disconnectTime;
    }

    public List<Partition> partitions() {
        return partitions;
    }

    synchronized void goOnline(long nowSeconds) {
        online = true;
        connectTime = nowSeconds;
        exceptionName = "";
        exceptionMessage = "";
    }

    synchronized void goOffline(long nowSeconds) {
        online = false;
        disconnectTime = nowSeconds;
    }

    synchronized void raiseException(String name, String message) {
        exceptionName = name == null ? "" : name;
        exceptionMessage = message == null ? "" : message;
    }
}
