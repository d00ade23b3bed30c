package com.jkcloud.monitor.common.http;

import io.netty.util.NetUtil;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

/** The networks whose {@code X-Forwarded-For} we believe ({@code monitor.trusted-proxies}, CIDRs). */
@ApplicationScoped
public class TrustedProxies {

    record Network(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int fullBytes = bits / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[fullBytes] & mask) == (prefix[fullBytes] & mask);
        }
    }

    private final List<Network> networks;

    public TrustedProxies(TrustedProxiesConfig config) {
        this.networks = config.networks().stream().map(String::strip).filter(cidr -> !cidr.isEmpty()).map(TrustedProxies::parse).toList();
    }

    public boolean contains(byte[] address) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }

    private static Network parse(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] address = IpAddresses.parse(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("monitor.trusted-proxies: not an IP network: " + cidr);
        }
        int bits = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1).strip());
        if (bits < 0 || bits > address.length * 8) {
            throw new IllegalArgumentException("monitor.trusted-proxies: bad prefix length in " + cidr);
        }
        return new Network(Arrays.copyOf(address, address.length), bits);
    }

    /** Literal IP parsing only: never a DNS lookup on the request path. */
    static final class IpAddresses {
        private IpAddresses() {
        }

        /** 4 bytes for IPv4 (also for IPv4-mapped IPv6), 16 for IPv6; null when not an IP literal. */
        static byte[] parse(String text) {
            if (text == null) {
                return null;
            }
            String literal = text.strip();
            if (literal.startsWith("[") && literal.endsWith("]")) {
                literal = literal.substring(1, literal.length() - 1);
            }
            int zone = literal.indexOf('%');
            if (zone >= 0) {
                literal = literal.substring(0, zone);
            }
            byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal);
            if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
                return Arrays.copyOfRange(bytes, 12, 16);
            }
            return bytes;
        }

        static String format(byte[] address) {
            return NetUtil.bytesToIpAddress(address);
        }

        private static boolean isIpv4Mapped(byte[] bytes) {
            for (int i = 0; i < 10; i++) {
                if (bytes[i] != 0) {
                    return false;
                }
            }
            return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
        }
    }
}
