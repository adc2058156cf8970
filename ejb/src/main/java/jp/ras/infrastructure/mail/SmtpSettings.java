package jp.ras.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import jp.ras.domain.model.mail.RetryPolicy;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Jakarta Mail session, built from configuration at each use so that a changed setting takes effect
 * without a restart. With no SMTP host configured mails stay queued in the outbox.
 */
@ApplicationScoped
public class SmtpSettings {

    private static final String TIMEOUT_MS = "10000";

    public boolean isConfigured() {
        return host().isPresent();
    }

    public Session session() {
        Config config = ConfigProvider.getConfig();
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host().orElseThrow());
        props.put("mail.smtp.port", config.getOptionalValue("ras.smtp.port", String.class).orElse("25"));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        // The name RAS gives in HELO: from its own address, so no connection waits on a host-name lookup.
        props.put("mail.smtp.localhost", heloName(config));
        boolean startTls = config.getOptionalValue("ras.smtp.starttls", Boolean.class).orElse(false);
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        Optional<String> user = config.getOptionalValue("ras.smtp.user", String.class).filter(s -> !s.isBlank());
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            String password = config.getOptionalValue("ras.smtp.password", String.class).orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            });
        }
        return Session.getInstance(props);
    }

    static String heloName(Config config) {
        String base = config.getOptionalValue("ras.base.url", String.class).orElse("http://localhost:8080/");
        try {
            String host = java.net.URI.create(base).getHost();
            return host == null || host.isBlank() ? "localhost" : host;
        } catch (IllegalArgumentException e) {
            return "localhost";
        }
    }

    /** Mails claimed and sent per transaction and SMTP connection (issue 14). */
    public int batchSize() {
        return Math.max(1, ConfigProvider.getConfig().getOptionalValue("ras.mail.batch-size", Integer.class)
                .orElse(100));
    }

    /** Senders working side by side on one instance (issue 14). */
    public int senders() {
        return Math.max(1, ConfigProvider.getConfig().getOptionalValue("ras.mail.senders", Integer.class)
                .orElse(2));
    }

    public String from() {
        return ConfigProvider.getConfig().getOptionalValue("ras.mail.from", String.class)
                .orElse("no-reply@ras.example.jp");
    }

    public RetryPolicy retryPolicy() {
        Config config = ConfigProvider.getConfig();
        return new RetryPolicy(
                Duration.ofSeconds(config.getOptionalValue("ras.mail.retry-base-seconds", Long.class).orElse(30L)),
                Duration.ofHours(1));
    }

    private Optional<String> host() {
        return ConfigProvider.getConfig().getOptionalValue("ras.smtp.host", String.class).filter(s -> !s.isBlank());
    }
}
