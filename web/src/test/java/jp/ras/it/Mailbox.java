package jp.ras.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GreenMail on the SMTP port the build reserved ({@code it.smtp.port}), where the deployment under test delivers
 * its outbox: a browser test starts one for its class and waits for the mails it expects.
 */
final class Mailbox implements AutoCloseable {

    private static final long WAIT_MILLIS = 60_000;

    private final GreenMail smtp;

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    static Mailbox start() {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    /** The subject and text of the first mail to {@code recipient}, within 60 s. */
    String mailTo(String recipient) {
        return mailTo(recipient, "");
    }

    /** The subject and text of the first mail to {@code recipient} with {@code subject} in its subject, within 60 s. */
    String mailTo(String recipient, String subject) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
                            && message.getSubject().contains(subject)) {
                        return message.getSubject() + "\n" + message.getContent();
                    }
                } catch (MessagingException | IOException e) {
                    throw new AssertionError(e);
                }
            }
            pause();
        }
        throw new AssertionError("no mail reached " + recipient + (subject.isEmpty() ? "" : " about " + subject)
                + " within 60 s");
    }

    /** What {@code regex} finds in the newest mail to {@code recipient} that holds it (a mailed link), within 60 s. */
    String newestMatch(String recipient, String regex) {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            String found = null;
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                        Matcher matcher = pattern.matcher(message.getContent().toString());
                        if (matcher.find()) {
                            found = matcher.group();
                        }
                    }
                } catch (MessagingException | IOException e) {
                    throw new AssertionError(e);
                }
            }
            if (found != null) {
                return found;
            }
            pause();
        }
        throw new AssertionError("no mail with " + regex + " reached " + recipient + " within 60 s");
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
