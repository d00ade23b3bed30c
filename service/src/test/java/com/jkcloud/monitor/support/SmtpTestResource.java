package com.jkcloud.monitor.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a random loopback port, reached through a gate that tests shut to play an
 * outage; tests read what was delivered.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail greenMail;
    private static volatile SmtpGate gate;

    public static GreenMail greenMail() {
        return greenMail;
    }

    /** Takes SMTP down, as an outage would: connections are refused and open ones cut. */
    public static void stopSmtp() {
        gate.shut();
    }

    /** Brings SMTP back; what was delivered before stays readable. */
    public static void startSmtp() {
        gate.open();
    }

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        try {
            gate = new SmtpGate(greenMail.getSmtp().getPort());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(gate.port()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        if (gate != null) {
            try {
                gate.close();
            } catch (IOException ignored) {
                // the run is over
            }
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
