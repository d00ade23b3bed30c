package com.jkcloud.monitor.notify;

import com.jkcloud.monitor.common.i18n.Message;

/** Texts of the notification capability. */
public final class NotifyMessage {

    public static final Message URL_MALFORMED = Message.of(NotifyTexts.class, NotifyTexts::urlMalformed);
    public static final Message URL_TOO_LONG = Message.of(NotifyTexts.class, NotifyTexts::urlTooLong);
    public static final Message URL_UNKNOWN_SCHEME = Message.of(NotifyTexts.class, NotifyTexts::urlUnknownScheme);
    public static final Message URL_BAD_EMAIL = Message.of(NotifyTexts.class, NotifyTexts::urlBadEmail);
    public static final Message URL_BAD_TOKEN = Message.of(NotifyTexts.class, NotifyTexts::urlBadToken);
    public static final Message URL_BAD_TELEGRAM = Message.of(NotifyTexts.class, NotifyTexts::urlBadTelegram);
    public static final Message URL_BAD_WEBHOOK = Message.of(NotifyTexts.class, NotifyTexts::urlBadWebhook);
    public static final Message URL_PRIVATE_TARGET = Message.of(NotifyTexts.class, NotifyTexts::urlPrivateTarget);
    public static final Message URL_UNRESOLVABLE = Message.of(NotifyTexts.class, NotifyTexts::urlUnresolvable);
    public static final Message NAME_REQUIRED = Message.of(NotifyTexts.class, NotifyTexts::nameRequired);
    public static final Message EVENTS_INVALID = Message.of(NotifyTexts.class, NotifyTexts::eventsInvalid);
    public static final Message NOTHING_TO_CHANGE = Message.of(NotifyTexts.class, NotifyTexts::nothingToChange);
    public static final Message LOG_LIMIT = Message.of(NotifyTexts.class, NotifyTexts::logLimit);
    public static final Message TEST_SUBJECT = Message.of(NotifyTexts.class, NotifyTexts::testSubject);
    public static final Message TEST_BODY = Message.of(NotifyTexts.class, NotifyTexts::testBody);

    private NotifyMessage() {
    }

    /** A 502 whose message carries the provider's own answer (scrubbed of the channel's secrets). */
    public static Message providerRefused(String providerText) {
        return Message.of(NotifyTexts.class, texts -> texts.providerRefused(providerText));
    }

    /** The last line of a device list cut to a provider's size limit: how many devices were left out. */
    public static Message moreDevices(int left) {
        return Message.of(NotifyTexts.class, texts -> texts.moreDevices(left));
    }
}
