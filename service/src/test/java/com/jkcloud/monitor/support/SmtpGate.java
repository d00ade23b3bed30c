package com.jkcloud.monitor.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of the test SMTP server. Shut, it refuses every mail with {@code 421} (service not
 * available), as a mail server that is down does; the SMTP server behind it never restarts. A bare hang-up or a
 * refused connection leaves the application's mail client waiting until its send timeout, sometimes for the next
 * sends too, which is not the outage the tests mean to play.
 */
final class SmtpGate implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    SmtpGate(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "smtp-gate");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void shut() {
        closed = true;
        open.forEach(SmtpGate::quietlyClose);
    }

    void open() {
        closed = false;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (closed) {
                    refuse(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException stopped) {
                // the listener was closed, or one connection failed: the client sees a hang-up
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread copier = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // one side hung up or the gate was shut
            } finally {
                quietlyClose(from);
                quietlyClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "smtp-gate-pipe");
        copier.setDaemon(true);
        copier.start();
    }

    /** Speaks just enough SMTP to turn the mail down: greets, answers EHLO, refuses the mail with 421 and hangs up. */
    private static void refuse(Socket client) {
        Thread refuser = new Thread(() -> {
            try (client; var in = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)); OutputStream out = client.getOutputStream()) {
                client.setSoTimeout(10_000);
                reply(out, "220 gate ESMTP");
                for (String line; (line = in.readLine()) != null; ) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                    if (command.equals("EHLO") || command.equals("HELO")) {
                        reply(out, "250 gate");
                    } else {
                        reply(out, "421 4.3.2 Service not available");
                        return;
                    }
                }
            } catch (IOException gone) {
                // the client hung up first
            }
        }, "smtp-gate-refuser");
        refuser.setDaemon(true);
        refuser.start();
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        shut();
    }
}
