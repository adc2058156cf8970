package jp.ras.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The SMTP side of {@code bench/mail} (issue 14), a real SMTP server (GreenMail) on loopback:
 * <ul>
 * <li>{@code minimal port=… count=…}: the reference, a minimal client sending {@code count} mails over one connection
 * to a fresh server; prints {@code minimal_per_second=…};</li>
 * <li>{@code sink port=… expect=… idle=…}: a server that receives until {@code expect} mails arrived or none came for
 * {@code idle} seconds; prints the mails received, distinct Message-IDs, duplicates and the rate from the first mail
 * to the last.</li>
 * </ul>
 */
public final class MailBench {

    private MailBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            options.put(pair[0], pair[1]);
        }
        int port = Integer.parseInt(options.getOrDefault("port", "2525"));
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            if (args[0].equals("minimal")) {
                minimal(port, Integer.parseInt(options.getOrDefault("count", "5000")));
            } else {
                sink(server, Integer.parseInt(options.getOrDefault("expect", "100000")),
                        Integer.parseInt(options.getOrDefault("idle", "60")));
            }
        } finally {
            server.stop();
        }
    }

    private static void minimal(int port, int count) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.localhost", "localhost");
        Session session = Session.getInstance(props);
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < count; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("bench@ras.example.jp"));
                message.setRecipients(Message.RecipientType.TO, "minimal" + i + "@example.jp");
                message.setSubject("[RAS] minimal client " + i, "UTF-8");
                message.setText("本文 " + i, "UTF-8");
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("minimal_sent=%d%nminimal_seconds=%.2f%nminimal_per_second=%.0f%n", count, seconds,
                count / seconds);
    }

    private static void sink(GreenMail server, int expect, int idleSeconds) throws MessagingException,
            InterruptedException {
        System.out.println("sink_ready=true");
        System.out.flush();
        long first = 0;
        long last = 0;
        int seen = 0;
        long idleSince = System.nanoTime();
        while (seen < expect && System.nanoTime() - idleSince < idleSeconds * 1_000_000_000L) {
            Thread.sleep(200);
            // counting the stored messages, without turning each into a MimeMessage every 200 ms
            int now = server.getManagers().getImapHostManager().getAllMessages().size();
            if (now > seen) {
                long at = System.nanoTime();
                if (seen == 0) {
                    first = at;
                }
                last = at;
                seen = now;
                idleSince = at;
            }
        }
        MimeMessage[] received = server.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
        }
        double seconds = Math.max(0.001, (last - first) / 1e9);
        System.out.printf("received=%d%ndistinct=%d%nduplicates=%d%nseconds_first_to_last=%.1f%nper_second=%.0f%n",
                received.length, ids.size(), received.length - ids.size(), seconds, received.length / seconds);
    }
}
