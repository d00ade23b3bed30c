package com.jkcloud.monitor.notify.address;

import com.jkcloud.monitor.common.api.ApiException;
import com.jkcloud.monitor.common.api.ErrorCode;
import com.jkcloud.monitor.common.i18n.Message;
import com.jkcloud.monitor.notify.NotifyMessage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses an Apprise-style channel URL: 400 when it is malformed, 422 when its scheme names no provider. */
public final class ChannelUrls {

    public static final String FIELD = "url";
    private static final int MAX_LENGTH = 2048;
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,31}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern TELEGRAM_BOT = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{10,128}");
    private static final Pattern TELEGRAM_CHAT = Pattern.compile("-?\\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s/]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    private ChannelUrls() {
    }

    public static ChannelAddress parse(String url) {
        if (url == null || url.isBlank()) {
            throw malformed(NotifyMessage.URL_MALFORMED);
        }
        String trimmed = url.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw malformed(NotifyMessage.URL_TOO_LONG);
        }
        int separator = trimmed.indexOf("://");
        if (separator < 0 || !SCHEME.matcher(trimmed.substring(0, separator)).matches()) {
            throw malformed(NotifyMessage.URL_MALFORMED);
        }
        String scheme = trimmed.substring(0, separator).toLowerCase(Locale.ROOT);
        String rest = trimmed.substring(separator + 3);
        ChannelType type = ChannelType.forScheme(scheme)
                .orElseThrow(() -> new ApiException(ErrorCode.UNPROCESSABLE, NotifyMessage.URL_UNKNOWN_SCHEME));
        return switch (type) {
            case EMAIL -> email(rest);
            case SERVERCHAN -> new ChannelAddress.ServerChan(token(rest));
            case PUSHPLUS -> new ChannelAddress.PushPlus(token(rest));
            case WECOM -> new ChannelAddress.WeCom(token(rest));
            case DINGTALK -> {
                String[] parts = tokenAndOptionalSecret(rest);
                yield new ChannelAddress.DingTalk(parts[0], parts[1]);
            }
            case FEISHU -> {
                String[] parts = tokenAndOptionalSecret(rest);
                yield new ChannelAddress.Feishu(parts[0], parts[1]);
            }
            case TELEGRAM -> telegram(rest);
            case BARK -> new ChannelAddress.Bark(token(rest));
            case WEBHOOK -> webhook("jsons".equals(scheme) ? "https" : "http", rest);
        };
    }

    private static ChannelAddress email(String rest) {
        if (!EMAIL.matcher(rest).matches()) {
            throw malformed(NotifyMessage.URL_BAD_EMAIL);
        }
        return new ChannelAddress.Email(rest.toLowerCase(Locale.ROOT));
    }

    private static String token(String rest) {
        String token = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (!TOKEN.matcher(token).matches()) {
            throw malformed(NotifyMessage.URL_BAD_TOKEN);
        }
        return token;
    }

    private static String[] tokenAndOptionalSecret(String rest) {
        String trimmed = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        String[] parts = trimmed.split("/", -1);
        if (parts.length > 2) {
            throw malformed(NotifyMessage.URL_BAD_TOKEN);
        }
        return new String[] {token(parts[0]), parts.length == 2 ? token(parts[1]) : null};
    }

    private static ChannelAddress telegram(String rest) {
        String[] parts = rest.split("/", -1);
        if (parts.length != 2 || !TELEGRAM_BOT.matcher(parts[0]).matches() || !TELEGRAM_CHAT.matcher(parts[1]).matches()) {
            throw malformed(NotifyMessage.URL_BAD_TELEGRAM);
        }
        return new ChannelAddress.Telegram(parts[0], parts[1]);
    }

    private static ChannelAddress webhook(String httpScheme, String rest) {
        try {
            URI uri = new URI(httpScheme + "://" + rest);
            if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw malformed(NotifyMessage.URL_BAD_WEBHOOK);
            }
            return new ChannelAddress.Webhook(uri);
        } catch (URISyntaxException unparsable) {
            throw malformed(NotifyMessage.URL_BAD_WEBHOOK);
        }
    }

    private static ApiException malformed(Message reason) {
        return ApiException.invalidField(FIELD, reason);
    }
}
