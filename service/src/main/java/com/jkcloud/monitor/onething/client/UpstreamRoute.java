package com.jkcloud.monitor.onething.client;

import com.jkcloud.monitor.onething.proxy.UpstreamProxy;

/** The clients one account's calls use: direct ({@code proxy == null}) or through its proxy. */
public record UpstreamRoute(UpstreamProxy proxy, OneThingAccountClient account, OneThingControlClient control) {

    public boolean viaProxy() {
        return proxy != null;
    }
}
