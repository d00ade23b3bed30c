package com.jkcloud.monitor.notify.address;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed channel URL: where one provider delivers, with its tokens. Held in memory only while sending;
 * stored encrypted. {@link #masked()} is the form every answer shows.
 */
public sealed interface ChannelAddress {

    ChannelType type();

    /** The URL with every token, key and secret masked ({@code schan://SCT1****}). */
    String masked();

    /** The credential parts, so a provider's error text that echoes one can be scrubbed. */
    List<String> secrets();

    record Email(String address) implements ChannelAddress {
        public ChannelType type() { return ChannelType.EMAIL; }
        public String masked() { return "mailto://" + address; }
        public List<String> secrets() { return List.of(); }
    }

    record ServerChan(String sendKey) implements ChannelAddress {
        public ChannelType type() { return ChannelType.SERVERCHAN; }
        public String masked() { return "schan://" + Masks.token(sendKey); }
        public List<String> secrets() { return List.of(sendKey); }
    }

    record PushPlus(String token) implements ChannelAddress {
        public ChannelType type() { return ChannelType.PUSHPLUS; }
        public String masked() { return "pushplus://" + Masks.token(token); }
        public List<String> secrets() { return List.of(token); }
    }

    record WeCom(String key) implements ChannelAddress {
        public ChannelType type() { return ChannelType.WECOM; }
        public String masked() { return "wecombot://" + Masks.token(key); }
        public List<String> secrets() { return List.of(key); }
    }

    /** {@code signingSecret} is null for a robot without "加签". */
    record DingTalk(String accessToken, String signingSecret) implements ChannelAddress {
        public ChannelType type() { return ChannelType.DINGTALK; }
        public String masked() { return "dingtalk://" + Masks.token(accessToken) + (signingSecret == null ? "" : "/" + Masks.SECRET); }
        public List<String> secrets() { return signingSecret == null ? List.of(accessToken) : List.of(accessToken, signingSecret); }
    }

    /** {@code signingSecret} is null for a bot without signature verification. */
    record Feishu(String hookToken, String signingSecret) implements ChannelAddress {
        public ChannelType type() { return ChannelType.FEISHU; }
        public String masked() { return "feishu://" + Masks.token(hookToken) + (signingSecret == null ? "" : "/" + Masks.SECRET); }
        public List<String> secrets() { return signingSecret == null ? List.of(hookToken) : List.of(hookToken, signingSecret); }
    }

    record Telegram(String botToken, String chatId) implements ChannelAddress {
        public ChannelType type() { return ChannelType.TELEGRAM; }
        public String masked() { return "tgram://" + Masks.token(botToken) + "/" + chatId; }
        public List<String> secrets() { return List.of(botToken); }
    }

    record Bark(String deviceKey) implements ChannelAddress {
        public ChannelType type() { return ChannelType.BARK; }
        public String masked() { return "bark://" + Masks.token(deviceKey); }
        public List<String> secrets() { return List.of(deviceKey); }
    }

    /** {@code url} is the http(s) URL the webhook posts to; its path and query may carry the receiver's token. */
    record Webhook(URI url) implements ChannelAddress {
        public ChannelType type() { return ChannelType.WEBHOOK; }

        public String masked() {
            String scheme = "https".equals(url.getScheme()) ? "jsons" : "json";
            String port = url.getPort() < 0 ? "" : ":" + url.getPort();
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() || "/".equals(url.getRawPath())
                    && url.getRawQuery() == null ? "" : "/" + Masks.SECRET;
            return scheme + "://" + url.getHost() + port + path;
        }

        public List<String> secrets() {
            String path = url.getRawPath() == null ? "" : url.getRawPath();
            String query = url.getRawQuery() == null ? "" : url.getRawQuery();
            return Stream.concat(Arrays.stream(path.split("/")), Arrays.stream(query.split("[&=]")))
                    .filter(part -> part.length() >= 8)
                    .toList();
        }
    }
}
