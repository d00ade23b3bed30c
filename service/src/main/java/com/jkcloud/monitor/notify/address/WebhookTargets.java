package com.jkcloud.monitor.notify.address;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.notify.NotifyConfig;
import com.jkcloud.monitor.notify.NotifyMessage;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A webhook URL is the user's to choose: its host must not resolve to this machine or the private network
 * (server-side request forgery) unless {@code monitor.notify.allow-private-targets} says so.
 */
@ApplicationScoped
public class WebhookTargets {

    private final NotifyConfig config;

    public WebhookTargets(NotifyConfig config) {
        this.config = config;
    }

    /** Completes when the target may be called; fails with a 422 {@code UNPROCESSABLE} otherwise. */
    public Uni<Void> checkAllowed(URI url) {
        if (config.allowPrivateTargets()) {
            return Uni.createFrom().voidItem();
        }
        // Name resolution blocks: it runs on a worker thread.
        return Uni.createFrom().item(() -> resolve(url.getHost()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(addresses -> {
                    if (Arrays.stream(addresses).anyMatch(WebhookTargets::isPrivate)) {
                        throw new ApiException(ErrorCode.UNPROCESSABLE, NotifyMessage.URL_PRIVATE_TARGET);
                    }
                    return null;
                });
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            throw new ApiException(ErrorCode.UNPROCESSABLE, NotifyMessage.URL_UNRESOLVABLE);
        }
    }

    /** Loopback, link-local, site-local (10/8, 172.16/12, 192.168/16), carrier-grade NAT, "this network" and IPv6 ULA. */
    public static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second <= 127;
    }
}
