package jp.ras.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server that refuses every recipient whose address starts with {@code refused} with
 * {@code 550 5.1.1} (permanently) and accepts all others, counting the mails it receives per recipient.
 * GreenMail accepts every recipient, so the permanent refusal of issue 14 needs this one.
 */
final class RefusingSmtpServer implements AutoCloseable {

    static final String ANSWER = "550 5.1.1 Recipient address rejected: User unknown";

    private final ServerSocket socket;
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();

    RefusingSmtpServer(int port) throws IOException {
        socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::accept, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int received(String recipient) {
        AtomicInteger n = received.get(recipient);
        return n == null ? 0 : n.get();
    }

    int refused(String recipient) {
        AtomicInteger n = refused.get(recipient);
        return n == null ? 0 : n.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread t = new Thread(() -> serve(client), "refusing-smtp-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client;
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 refusing ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 refusing");
                } else if (command.startsWith("MAIL FROM")) {
                    recipient = null;
                    reply(out, "250 2.1.0 Ok");
                } else if (command.startsWith("RCPT TO")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    if (address.startsWith("refused")) {
                        refused.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                        reply(out, ANSWER);
                    } else {
                        recipient = address;
                        reply(out, "250 2.1.5 Ok");
                    }
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself is not kept
                    }
                    if (recipient != null) {
                        received.computeIfAbsent(recipient, a -> new AtomicInteger()).incrementAndGet();
                    }
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (command.startsWith("RSET")) {
                    recipient = null;
                    reply(out, "250 2.0.0 Ok");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "250 Ok");
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
