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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.ras.application.AccountService;
import jp.ras.domain.model.account.LoginOutcome;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.mail.MailStatus;
import jp.ras.domain.model.mail.OutboxMail;
import jp.ras.domain.shared.TextLimits;
import jp.ras.infrastructure.mail.OutboxSender;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The platform's wiring inside Payara Micro: security, transactions, outbox, audit; and AP12 over HTTP, in the tests
 * marked {@code @RunAsClient}. The deployment trusts the loopback addresses as proxies ({@code ras.trusted-proxies}),
 * so the client, connecting from 127.0.0.1, plays a reverse proxy and names the client address in X-Forwarded-For.
 * Connecting from 127.0.0.2 it is an untrusted peer whose X-Forwarded-For counts for nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String NAME = "platform-it";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String JAPAN = "133.0.0.1";
    private static final String FOREIGN = "8.8.8.8";
    private static final String FOREIGN_V6 = "2001:4860:4860::8888";
    private static final String ABROAD_PASSWORD = "abroad-test-password-2026";

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
        return Deployments.ras(NAME)
                .addClasses(TestAccounts.class, AsOrgUser.class, AsAgent.class, AsSupervisor.class, Deployments.class,
                        AuditProbe.class, RefusingSmtpServer.class)
                .addAsLibraries(Deployments.jarOf(GreenMail.class), Deployments.jarOf(org.slf4j.Logger.class))
                .addAsResource(new StringAsset("mp.openapi.filter=jp.ras.interfaces.api.OpenApiFilter\n"
                        + "ras.trusted-proxies=127.0.0.1/32,::1/128\n"), "META-INF/microprofile-config.properties")
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Inject
    private AccountService accounts;

    @Inject
    private TestAccounts testAccounts;

    @Inject
    private jp.ras.application.OutboxService outboxService;

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

    @Resource
    private jakarta.enterprise.concurrent.ManagedThreadFactory threads;

    @Resource(lookup = "java:app/jdbc/ras")
    private javax.sql.DataSource dataSource;

    @ArquillianResource
    URL deploymentUrl;

    private String base;

    /** The client of the AP12 tests (run as a client): it sees redirects as they are. */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The AP12 tests' base address; before each test, also the in-container ones, where it goes unused. */
    @BeforeEach
    void base() {
        String path = deploymentUrl.getPath().length() <= 1 ? "/" + NAME + "/" : deploymentUrl.getPath();
        base = "http://127.0.0.1:" + deploymentUrl.getPort() + (path.endsWith("/") ? path : path + "/");
    }

    private HttpResponse<String> get(String path, String forwardedFor, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private List<String> audit(String target) throws Exception {
        HttpResponse<String> response = get("it/audit?target=" + target, null);
        assertEquals(200, response.statusCode());
        return response.body().lines().toList();
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a refusal makes no session: " + response.headers().allValues("Set-Cookie"));
    }

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
    @DisplayName("AC4: logins of one account at the same moment (two tabs, two devices) all succeed, and wrong passwords"
            + " sent at the same moment each count towards the lock")
    void loginsOfOneAccountAtOnce() throws Exception {
        testAccounts.create(id("ITPAR"), Role.ORG_USER, PASSWORD, mail("ITPAR"));
        for (LoginOutcome outcome : atOnce(6, () -> accounts.authenticate(id("ITPAR"), PASSWORD))) {
            assertTrue(outcome.succeeded(), "every login of six at once succeeds: " + outcome.result());
        }
        assertEquals(6, testAccounts.auditActions(id("ITPAR")).stream().filter("LOGIN_SUCCESS"::equals).count());

        testAccounts.create(id("ITGUESS"), Role.ORG_USER, PASSWORD, mail("ITGUESS"));
        List<LoginOutcome> guesses = atOnce(4, () -> accounts.authenticate(id("ITGUESS"), "a guess"));
        assertTrue(guesses.stream().noneMatch(LoginOutcome::succeeded));
        assertFalse(testAccounts.isLocked(id("ITGUESS")), "four failures do not lock");
        assertFalse(accounts.authenticate(id("ITGUESS"), "a fifth guess").succeeded());
        assertTrue(testAccounts.isLocked(id("ITGUESS")), "the fifth failure locks: the four at once each counted");
    }

    /**
     * Runs {@code login} {@code n} times at the same moment, each on a container thread of its own; the outcomes (a
     * failed call fails the test).
     */
    private List<LoginOutcome> atOnce(int n, java.util.concurrent.Callable<LoginOutcome> login) throws Exception {
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(n);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, threads);
        try {
            List<java.util.concurrent.Future<LoginOutcome>> running = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(pool.submit(() -> {
                    ready.countDown();
                    go.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    return login.call();
                }));
            }
            assertTrue(ready.await(30, java.util.concurrent.TimeUnit.SECONDS), n + " threads ready at once");
            go.countDown();
            List<LoginOutcome> outcomes = new java.util.ArrayList<>();
            for (var outcome : running) {
                outcomes.add(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
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
    @DisplayName("Two senders working at once (as two RAS instances would) deliver each mail exactly once, in"
            + " batches over one connection each (issue 14)")
    void concurrentSendersDeliverEachMailOnce() throws Exception {
        int port = Integer.parseInt(System.getenv("RAS_SMTP_PORT"));
        List<String> recipients = java.util.stream.IntStream.range(0, 450)
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

    @Test
    @DisplayName("A mail that cannot be sent (its address is refused) is retried later and holds up none of the"
            + " others in its batch (issue 14)")
    void aBadMailHoldsUpNoOther() throws Exception {
        int port = Integer.parseInt(System.getenv("RAS_SMTP_PORT"));
        List<String> recipients = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> "batch" + i + "-" + RUN.toLowerCase() + "@example.jp").toList());
        String bad = "not an address " + RUN + " @@example.jp";
        recipients.add(10, bad);
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            testAccounts.queueMails(recipients);
            long deadline = System.currentTimeMillis() + 60_000;
            while (recipients.stream().filter(r -> !r.equals(bad))
                    .anyMatch(r -> testAccounts.mailsTo(r).get(0).getStatus() != MailStatus.SENT)) {
                assertTrue(System.currentTimeMillis() < deadline, "the good mails were not all sent within 60 s");
                Thread.sleep(500);
                sender.sendDue();
            }
            OutboxMail refused = testAccounts.mailsTo(bad).get(0);
            assertEquals(MailStatus.PENDING, refused.getStatus(), "kept for a later attempt, never dropped");
            assertTrue(refused.getAttempts() >= 1 && refused.getLastError() != null, refused.getLastError());
            for (String recipient : recipients) {
                if (!recipient.equals(bad)) {
                    assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientIs(m, recipient))
                            .count(), recipient);
                }
            }
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName("A recipient the server refuses permanently (550) is FAILED after five refusals with the server's"
            + " answer, is no longer sent, and holds up none of the others (issue 14)")
    void aPermanentlyRefusedRecipientEndsFailed() throws Exception {
        int port = Integer.parseInt(System.getenv("RAS_SMTP_PORT"));
        List<String> recipients = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> "perm" + i + "-" + RUN.toLowerCase() + "@example.jp").toList());
        String refusedAddress = "refused-" + RUN.toLowerCase() + "@example.jp";
        recipients.add(5, refusedAddress);
        try (RefusingSmtpServer smtp = new RefusingSmtpServer(port)) {
            testAccounts.queueMails(recipients);
            long deadline = System.currentTimeMillis() + 90_000;
            while (testAccounts.mailsTo(refusedAddress).get(0).getStatus() != MailStatus.FAILED) {
                assertTrue(System.currentTimeMillis() < deadline, "the refused mail did not end FAILED within 90 s");
                Thread.sleep(500);
                sender.sendDue();
            }
            OutboxMail failed = testAccounts.mailsTo(refusedAddress).get(0);
            assertEquals(OutboxMail.MAX_REFUSALS, failed.getAttempts());
            assertEquals(RefusingSmtpServer.ANSWER, failed.getLastError(), "the server's answer is kept");
            for (String recipient : recipients) {
                if (!recipient.equals(refusedAddress)) {
                    assertEquals(MailStatus.SENT, testAccounts.mailsTo(recipient).get(0).getStatus(), recipient);
                    assertEquals(1, smtp.received(recipient), recipient + " received once");
                }
            }
            int refusals = smtp.refused(refusedAddress);
            assertEquals(OutboxMail.MAX_REFUSALS, refusals);
            Thread.sleep(3_000);
            sender.sendDue();
            assertEquals(refusals, smtp.refused(refusedAddress), "a FAILED mail is no longer tried");
            assertEquals(MailStatus.FAILED, testAccounts.mailsTo(refusedAddress).get(0).getStatus());
        }
    }

    @Test
    @DisplayName("The supervisor's outbox pages and filters in the database (status, recipient, template, Japan"
            + " dates), shows a failed mail with the server's answer and sends it again, audited (issue 14)")
    void outboxPagesFiltersAndSendsAgain() throws Exception {
        String tag = "page" + RUN.toLowerCase();
        List<String> recipients = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> tag + "-" + i + "@example.jp").toList();
        testAccounts.queueMails(recipients);
        String failedTo = recipients.get(7);
        testAccounts.refusePermanently(failedTo);
        java.time.LocalDate today = jp.ras.domain.shared.JapanTime.today(java.time.Clock.systemUTC());
        jp.ras.application.OutboxService.Filter mine = new jp.ras.application.OutboxService.Filter(null, tag,
                "account-unlocked", today, today);
        java.util.concurrent.atomic.AtomicReference<jp.ras.application.OutboxService.Page> page =
                new java.util.concurrent.atomic.AtomicReference<>();

        asSupervisor.run(() -> page.set(outboxService.page(mine, 0, 10)));
        assertEquals(25, page.get().total(), "counted in the database");
        assertEquals(10, page.get().rows().size(), "one page");
        asSupervisor.run(() -> page.set(outboxService.page(mine, 20, 10)));
        assertEquals(5, page.get().rows().size(), "the last page");
        assertTrue(page.get().rows().stream().allMatch(r -> r.recipient().startsWith(tag)));

        asSupervisor.run(() -> page.set(outboxService.page(new jp.ras.application.OutboxService.Filter(
                null, tag.toUpperCase(), "password-reset", null, null), 0, 10)));
        assertEquals(0, page.get().total(), "another template");
        asSupervisor.run(() -> page.set(outboxService.page(new jp.ras.application.OutboxService.Filter(
                null, tag, null, today.plusDays(1), null), 0, 10)));
        assertEquals(0, page.get().total(), "created before tomorrow (Japan dates)");

        asSupervisor.run(() -> page.set(outboxService.page(new jp.ras.application.OutboxService.Filter(
                MailStatus.FAILED, tag, null, null, null), 0, 10)));
        assertEquals(1, page.get().total(), "the failed one");
        jp.ras.application.MailView failed = page.get().rows().get(0);
        assertEquals(failedTo, failed.recipient());
        assertEquals("550 5.1.1 User unknown", failed.lastError(), "the server's answer");
        assertTrue(failed.canBeSentAgain());

        jp.ras.domain.shared.RuleViolationException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                jp.ras.domain.shared.RuleViolationException.class, () -> asSupervisor.run(() -> outboxService.page(
                        new jp.ras.application.OutboxService.Filter(null, null, "no-such", today, today.minusDays(1)),
                        0, 10)));
        assertEquals(List.of("template", "to"), wrong.violations().stream().map(v -> v.field()).toList());

        asSupervisor.run(() -> outboxService.sendAgain(failed.id()));
        OutboxMail again = testAccounts.mailsTo(failedTo).get(0);
        assertTrue(again.getStatus() != MailStatus.FAILED, "pending again (or already sent)");
        assertEquals(List.of("MAIL_SENT_AGAIN"), testAccounts.auditActions("mail:" + failed.id()));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asOrgUser.run(() -> outboxService.sendAgain(
                failed.id())), "supervisors only");
    }

    private static boolean recipientIs(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    // ---- AP12 over HTTP, as a client ----

    @Test
    @RunAsClient
    @DisplayName("AP12: a client in Japan gets the login page")
    void japanGetsTheLoginPage() throws Exception {
        HttpResponse<String> response = get("login.xhtml", JAPAN);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"login:authId\""), response.body());
        assertEquals(200, get("login.xhtml", "::ffff:" + JAPAN).statusCode(), "IPv4-mapped IPv6 counts as IPv4");
        assertEquals(200, get("login.xhtml", "2404:1a8::1").statusCode(), "a Japanese IPv6 address");
        assertEquals(200, get("login.xhtml", null).statusCode(), "loopback is allowed by default");
    }

    @Test
    @RunAsClient
    @DisplayName("AP12: a client abroad gets 403 and the refusal in Japanese, or in English when the browser asks")
    void abroadIsRefused() throws Exception {
        HttpResponse<String> ja = get("login.xhtml", FOREIGN);
        assertEquals(403, ja.statusCode());
        assertTrue(ja.body().contains("海外からはご利用いただけません"), ja.body());
        assertTrue(ja.body().contains("lang=\"ja\""), ja.body());
        assertFalse(ja.body().contains("login:authId"), "no login form");
        assertNoSession(ja);

        HttpResponse<String> en = get("login.xhtml", FOREIGN, "Accept-Language", "en-GB,en;q=0.9,ja;q=0.5");
        assertEquals(403, en.statusCode());
        assertTrue(en.body().contains("RAS cannot be used from abroad"), en.body());
        assertTrue(en.body().contains("lang=\"en\""), en.body());
        assertNoSession(en);

        assertEquals(403, get("", FOREIGN).statusCode(), "the welcome page");
        assertEquals(403, get("login.xhtml", "::ffff:" + FOREIGN).statusCode(), "IPv4-mapped IPv6 counts as IPv4");
        assertEquals(403, get("login.xhtml", "unknown").statusCode(), "an address that is not known is refused");
    }

    @Test
    @RunAsClient
    @DisplayName("AP12: a client with a foreign IPv6 address is refused")
    void foreignIpv6IsRefused() throws Exception {
        HttpResponse<String> response = get("login.xhtml", FOREIGN_V6);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("海外からはご利用いただけません"));
        assertEquals(403, get("login.xhtml", "[" + FOREIGN_V6 + "]:4711").statusCode());
    }

    @Test
    @RunAsClient
    @DisplayName("AP12: protected pages are refused from abroad (403, not the login redirect); static resources are not")
    void protectedPagesAndResources() throws Exception {
        for (String page : List.of("app/home.xhtml", "officer/home.xhtml", "account/account.xhtml")) {
            HttpResponse<String> response = get(page, FOREIGN);
            assertEquals(403, response.statusCode(), page);
            assertTrue(response.body().contains("海外からはご利用いただけません"), page);
        }
        assertEquals(302, get("app/home.xhtml", JAPAN).statusCode(), "from Japan: the login redirect");
        HttpResponse<String> css = get("jakarta.faces.resource/css/ras.css.xhtml", FOREIGN);
        assertEquals(200, css.statusCode(), "the refusal page's stylesheet");
    }

    @Test
    @RunAsClient
    @DisplayName("AP12: the intranet answers only the agency's network: a Japanese address outside it gets 403")
    void intranetOnlyFromTheAgencyNetwork() throws Exception {
        HttpResponse<String> response = get("officer/home.xhtml", JAPAN);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("庁内ネットワークからのみご利用いただけます"), response.body());
        HttpResponse<String> en = get("officer/supervisor/outbox.xhtml", JAPAN, "Accept-Language", "en");
        assertEquals(403, en.statusCode());
        assertTrue(en.body().contains("Only from the agency&#39;s network") || en.body()
                .contains("Only from the agency's network"), en.body());
        assertNoSession(en);
        assertEquals(302, get("officer/home.xhtml", "10.1.2.3").statusCode(), "intranet: on to the login");
        HttpResponse<String> api = get("api/v1/officer/organisations/1/roster", JAPAN);
        assertEquals(403, api.statusCode(), "the officers' API is intranet too");
        assertTrue(api.body().contains("AP12"), api.body());
        for (String path : List.of("api/v1/officer/applications", "api/v1/officer/applications/1",
                "api/v1/officer;x=1/applications", "api/v1//officer/applications")) {
            assertEquals(403, get(path, JAPAN).statusCode(), "the officers' application queue is intranet too: "
                    + path);
        }
        assertEquals(200, get("login.xhtml", JAPAN).statusCode(), "the public tier stays open to Japan");
    }

    @Test
    @RunAsClient
    @DisplayName("AP12: the API answers a client abroad with 403 and JSON naming the rule")
    void apiAnswersJson() throws Exception {
        HttpResponse<String> response = get("api/applications", FOREIGN, "Accept-Language", "en");
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertTrue(response.body().matches("\\{\\s*\"error\"\\s*:\\s*\"[^\"]*outside Japan[^\"]*\"\\s*,"
                + "\\s*\"rule\"\\s*:\\s*\"AP12\"\\s*}"), response.body());
        HttpResponse<String> ja = get("api/applications", FOREIGN);
        assertEquals(403, ja.statusCode());
        assertTrue(ja.body().contains("日本国外") && ja.body().contains("\"rule\":\"AP12\""), ja.body());
    }

    @Test
    @RunAsClient
    @DisplayName("AP12, SE1: a login posted from abroad is refused and audited with its address and authentication ID")
    void refusedLoginIsAudited() throws Exception {
        String authId = "ABR" + RUN;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", "203.0.113.9, " + FOREIGN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("login", "login", "login:authId", authId,
                        "login:password", ABROAD_PASSWORD, "login:submit", "Log in", "jakarta.faces.ViewState", "x"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("海外からはご利用いただけません"), response.body());
        assertEquals(List.of("ACCESS_REFUSED_ABROAD " + FOREIGN), audit(authId),
                "the right-most address that is no trusted proxy; the password was never checked");
    }

    @Test
    @RunAsClient
    @DisplayName("AP12, SE1: a login from Japan is audited with the address the check used (X-Forwarded-For)")
    void auditUsesTheResolvedAddress() throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String viaIpv6 = "2404:1a8:0:0:0:0:0:7";
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", viaIpv6).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find(), page.body());
        String authId = "ABJ" + RUN;
        HttpResponse<String> failed = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", viaIpv6)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("login", "login", "login:authId", authId,
                        "login:password", "wrong password", "login:submit", "ログイン",
                        "jakarta.faces.ViewState", viewState.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, failed.statusCode());
        assertTrue(failed.body().contains("認証IDまたはパスワードが正しくない"), failed.body());
        assertEquals(List.of("LOGIN_FAILURE 2404:1a8::7"), audit(authId), "canonical form of the resolved address");
    }

    @Test
    @RunAsClient
    @DisplayName("Security 3: a web login with an authentication ID over its limit (65 and 2000 characters) is the one"
            + " login error, not a 500, and each attempt is audited with the ID cut to its column")
    void longAuthenticationIdIsAFailedLogin() throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String prefix = "LNG" + RUN;
        for (int length : List.of(65, 2000)) {
            HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .header("X-Forwarded-For", JAPAN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page.body());
            assertTrue(viewState.find(), page.body());
            String authId = (prefix + "X".repeat(length)).substring(0, length);
            HttpResponse<String> failed = session.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .header("X-Forwarded-For", JAPAN)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("login", "login", "login:authId", authId,
                            "login:password", "wrong password", "login:submit", "ログイン",
                            "jakarta.faces.ViewState", viewState.group(1)))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, failed.statusCode(), length + " characters");
            assertTrue(failed.body().contains("認証IDまたはパスワードが正しくない"), failed.body());
        }
        assertEquals(List.of("LOGIN_FAILURE " + JAPAN, "LOGIN_FAILURE " + JAPAN),
                audit((prefix + "X".repeat(40)).substring(0, TextLimits.AUTH_ID)));
    }

    /** A GET over a connection from 127.0.0.2: loopback (allowed), but not one of the trusted proxies. */
    private String getFromUntrustedPeer(String path, String forwardedFor) throws IOException {
        URI uri = URI.create(base + path);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + uri.getPort()
                    + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    @RunAsClient
    @DisplayName("AP12: a forged X-Forwarded-For from a peer that is not a trusted proxy is ignored")
    void forgedHeaderFromUntrustedPeerIsIgnored() throws Exception {
        String abroadClaim = getFromUntrustedPeer("login.xhtml", FOREIGN);
        assertTrue(abroadClaim.startsWith("HTTP/1.1 200"), abroadClaim.lines().findFirst().orElse(""));
        String japanClaim = getFromUntrustedPeer("officer/home.xhtml", JAPAN);
        assertTrue(japanClaim.startsWith("HTTP/1.1 302"), "127.0.0.2 is in the intranet, whatever the header says: "
                + japanClaim.lines().findFirst().orElse(""));
        assertEquals(403, get("officer/home.xhtml", JAPAN).statusCode(), "the same header from a trusted proxy");
    }

    @Test
    @RunAsClient
    @DisplayName("AP12, AP11: the refusal page passes axe-core's WCAG 2.1 AA rules in Japanese and English")
    void refusalPageIsAccessible() {
        try (Browser browser = Browser.start()) {
            ChromeDriver chrome = (ChromeDriver) browser.driver;
            chrome.executeCdpCommand("Network.enable", Map.of());
            for (String language : List.of("ja", "en")) {
                chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                        Map.of("X-Forwarded-For", FOREIGN, "Accept-Language", language)));
                chrome.get(base + "login.xhtml");
                assertEquals(language, chrome.findElement(By.tagName("html")).getAttribute("lang"));
                assertEquals(language.equals("ja") ? "海外からはご利用いただけません" : "RAS cannot be used from abroad",
                        chrome.findElement(By.tagName("h1")).getText());
                browser.assertAccessible("refusal " + language);
            }
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers",
                    Map.of("X-Forwarded-For", JAPAN, "Accept-Language", "ja")));
            chrome.get(base + "officer/home.xhtml");
            assertEquals("庁内ネットワークからのみご利用いただけます", chrome.findElement(By.tagName("h1")).getText());
            browser.assertAccessible("intranet refusal");
        }
    }
}
