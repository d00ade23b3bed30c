package com.jkcloud.monitor.support;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** What the in-process SMTP server received, per recipient. */
public final class Mails {

    private Mails() {
    }

    public static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpTestResource.greenMail().getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .toList();
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception unreadable) {
            return "";
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception unreadable) {
            return "";
        }
    }
}
