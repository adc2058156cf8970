package jp.ras.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.util.Arrays;
import java.util.List;
import jp.ras.application.AccountService;
import jp.ras.domain.model.account.LoginOutcome;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.mail.MailStatus;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.infrastructure.mail.OutboxSender;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform's wiring inside Payara Micro: security, transactions, outbox, audit. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String PASSWORD = "correct horse battery staple";

    /** The test database outlives a run; each run makes accounts of its own. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    private static String id(String prefix) {
        return prefix + RUN;
    }

    private static String mail(String prefix) {
        return prefix.toLowerCase() + RUN.toLowerCase() + "@example.jp";
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.ras("platform-it")
                .addClasses(TestAccounts.class, AsOrgUser.class, AsAgent.class, AsSupervisor.class, Deployments.class)
                .addAsLibraries(Deployments.jarOf(GreenMail.class), Deployments.jarOf(org.slf4j.Logger.class))
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private AccountService accounts;

    @Inject
    private TestAccounts testAccounts;

    @Inject
    private AsOrgUser asOrgUser;

    @Inject
    private AsSupervisor asSupervisor;

    @Inject
    private OutboxSender sender;

    @Resource
    private UserTransaction transaction;

    @Inject
    private ServletContext servletContext;

    @Resource
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/ras")
    private javax.sql.DataSource dataSource;

    @Test
    @DisplayName("RAS runs on PostgreSQL when RAS_DB_URL is set, otherwise on the embedded H2 file database")
    void theConfiguredDatabaseIsUsed() throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            boolean postgres = System.getenv("RAS_DB_URL") != null && !System.getenv("RAS_DB_URL").isBlank();
            assertEquals(postgres ? "PostgreSQL" : "H2", product);
            if (!postgres) {
                assertTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:file:" + System.getenv("RAS_DATA_DIR")),
                        connection.getMetaData().getURL());
            }
        }
    }

    @Test
    @DisplayName("AP10: 30 minutes without activity end the session; its cookie is HttpOnly and cookie-only")
    void sessionsEndAfterThirtyIdleMinutes() {
        assertEquals(30, servletContext.getSessionTimeout());
        assertTrue(servletContext.getSessionCookieConfig().isHttpOnly());
        assertEquals(java.util.Set.of(jakarta.servlet.SessionTrackingMode.COOKIE),
                servletContext.getEffectiveSessionTrackingModes());
    }

    @Test
    @DisplayName("AC4: an ORG_USER calling a supervisor's method is refused by the EJB container")
    void orgUserCannotCallASupervisorMethod() {
        testAccounts.create(id("ITSEC"), Role.ORG_USER, PASSWORD, mail("ITSEC"));
        assertThrows(EJBAccessException.class, () -> asOrgUser.run(() -> accounts.unlock(id("ITSEC"))));
        assertThrows(EJBAccessException.class, () -> accounts.unlock(id("ITSEC")), "anonymous caller");
        assertEquals(List.of(), testAccounts.mailsTo(mail("ITSEC")), "a refused call queues no mail");
    }

    @Test
    @DisplayName("AC4: a supervisor's unlock writes its audit entry and its mail in one transaction")
    void unlockIsAuditedAndMailed() {
        testAccounts.create(id("ITUNL"), Role.OFFICER, PASSWORD, mail("ITUNL"));
        asSupervisor.run(() -> accounts.unlock(id("ITUNL")));
        assertEquals(List.of("ACCOUNT_UNLOCKED"), testAccounts.auditActions(id("ITUNL")));
        List<OutboxMail> mails = testAccounts.mailsTo(mail("ITUNL"));
        assertEquals(1, mails.size());
        assertEquals("account-unlocked", mails.get(0).getTemplate());
    }

    @Test
    @DisplayName("A rolled-back transaction leaves neither its state change, its audit entry nor its outbox mail")
    void rollbackLeavesNoMailAndNoAudit() throws Exception {
        testAccounts.create(id("ITRBK"), Role.OFFICER, PASSWORD, mail("ITRBK"));
        transaction.begin();
        try {
            asSupervisor.run(() -> accounts.unlock(id("ITRBK")));
            assertEquals(1, testAccounts.mailsTo(mail("ITRBK")).size(), "visible inside the transaction");
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(), testAccounts.mailsTo(mail("ITRBK")));
        assertEquals(List.of(), testAccounts.auditActions(id("ITRBK")));
    }

    @Test
    @DisplayName("AC4: logins are audited; the fifth wrong password locks the account, audits and mails the lock")
    void loginsAreAuditedAndTheFifthFailureLocks() {
        testAccounts.create(id("ITLOG"), Role.ORG_USER, PASSWORD, mail("ITLOG"));
        assertTrue(accounts.authenticate(id("ITLOG"), PASSWORD).succeeded());
        for (int i = 0; i < 5; i++) {
            assertFalse(accounts.authenticate(id("ITLOG"), "wrong password " + i).succeeded());
        }
        assertTrue(testAccounts.isLocked(id("ITLOG")));
        assertEquals(LoginOutcome.Result.LOCKED, accounts.authenticate(id("ITLOG"), PASSWORD).result(),
                "the right password does not open a locked account");
        assertEquals(List.of("LOGIN_SUCCESS", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
                "LOGIN_FAILURE", "ACCOUNT_LOCKED", "LOGIN_FAILURE"), testAccounts.auditActions(id("ITLOG")));
        assertTrue(testAccounts.auditSourceIps(id("ITLOG")).stream().allMatch(ip -> ip != null && !ip.isBlank()),
                "every entry names the client address: " + testAccounts.auditSourceIps(id("ITLOG")));
        assertEquals(List.of("account-locked"),
                testAccounts.mailsTo(mail("ITLOG")).stream().map(OutboxMail::getTemplate).toList());
        assertEquals(LoginOutcome.Result.INVALID, accounts.authenticate(id("NOSUCH"), PASSWORD).result());
        assertEquals(List.of("LOGIN_FAILURE"), testAccounts.auditActions(id("NOSUCH")));
    }

    @Test
    @DisplayName("An outbox mail reaches the SMTP server exactly once, also when the server is down at first")
    void outboxDeliversExactlyOnceAfterTheServerComesBack() throws Exception {
        int port = Integer.parseInt(System.getenv("RAS_SMTP_PORT"));
        testAccounts.create(id("ITMAIL"), Role.OFFICER, PASSWORD, mail("ITMAIL"));
        asSupervisor.run(() -> accounts.unlock(id("ITMAIL")));

        // The server is down: attempts fail (one mail per run, the oldest due first) and the mail stays queued.
        long attemptDeadline = System.currentTimeMillis() + 30_000;
        while (testAccounts.mailsTo(mail("ITMAIL")).get(0).getAttempts() == 0) {
            assertTrue(System.currentTimeMillis() < attemptDeadline, "no delivery attempt within 30 s");
            assertEquals(0, sender.sendDue(), "nothing can be sent while the server is down");
        }
        OutboxMail queued = testAccounts.mailsTo(mail("ITMAIL")).get(0);
        assertEquals(MailStatus.PENDING, queued.getStatus());
        assertTrue(queued.getAttempts() >= 1, "an attempt was made and recorded");
        assertTrue(queued.getLastError() != null && !queued.getLastError().isBlank());

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (testAccounts.mailsTo(mail("ITMAIL")).get(0).getStatus() != MailStatus.SENT) {
                assertTrue(System.currentTimeMillis() < deadline, "the mail was not delivered within 60 s");
                Thread.sleep(500);
                sender.sendDue();
            }
            // One more scheduler tick and a manual run must not send it again.
            Thread.sleep(6_000);
            sender.sendDue();
            MimeMessage[] received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipientIs(m, mail("ITMAIL"))).toArray(MimeMessage[]::new);
            assertEquals(1, received.length, "delivered exactly once");
            assertEquals("[RAS] Your account has been unlocked", received[0].getSubject());
            assertTrue(received[0].getContent().toString().contains(id("ITMAIL")));
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("Two senders working at once (as two RAS instances would) deliver each mail exactly once")
    void concurrentSendersDeliverEachMailOnce() throws Exception {
        int port = Integer.parseInt(System.getenv("RAS_SMTP_PORT"));
        List<String> recipients = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "conc" + i + "-" + RUN.toLowerCase() + "@example.jp").toList();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            testAccounts.queueMails(recipients);
            java.util.concurrent.Future<Integer> first = executor.submit(() -> sender.sendDue());
            java.util.concurrent.Future<Integer> second = executor.submit(() -> sender.sendDue());
            first.get(120, java.util.concurrent.TimeUnit.SECONDS);
            second.get(120, java.util.concurrent.TimeUnit.SECONDS);
            long deadline = System.currentTimeMillis() + 60_000;
            while (recipients.stream().anyMatch(r -> testAccounts.mailsTo(r).get(0).getStatus() != MailStatus.SENT)) {
                assertTrue(System.currentTimeMillis() < deadline, "not all mails were sent within 60 s");
                Thread.sleep(500);
                sender.sendDue();
            }
            for (String recipient : recipients) {
                long received = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientIs(m, recipient)).count();
                assertEquals(1, received, recipient + " received its mail exactly once");
            }
        } finally {
            smtp.stop();
        }
    }

    private static boolean recipientIs(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
