package jp.ras.bench;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The reliability harness of issue 13 (item 6), run by {@code bench/reliability}: concurrent clients file through the
 * REST API and logged-in browser-like sessions read a screen, all through the cluster's balancer, while faults come
 * in turn: {@code kill -9} of an instance (started again), a rolling restart, a PostgreSQL restart, and an outage of
 * the SMTP server, which is a real one (GreenMail) here that counts deliveries by Message-ID. The faults on the
 * cluster and the database are the script's ({@code bench/reliability fault NAME}); the mail outage is this class's.
 *
 * <p>Per fault it prints the answers (2xx/4xx/5xx, connection errors) of the requests sent from its start to the end
 * of the quiet time after it, filings acknowledged and rows stored, sessions that survived, and the time until
 * filing worked again; at the end the mails queued, delivered and delivered twice. It exits 1 when a filing that was
 * acknowledged is not stored, a queued mail was not delivered, or any request outside a fault's window (the fault and
 * {@code grace} seconds after it) got a 5xx or a connection error.
 *
 * <p>Settings ({@code key=value}): base, jdbc, dbUser, dbPassword, smtpPort, script, clients (6), sessions (4),
 * pause (ms between a client's filings, 50), calm (s before and after each fault, 15), faults
 * (kill,rolling,postgres,smtp), outage (s, 60), grace (s, 10), drain (s, 180), user, password.
 */
public final class Reliability {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern ROSTER_ID = Pattern.compile("\"rosterEntryId\":(\\d+)");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CREATED_ID = Pattern.compile("/applications/(\\d+)$");

    /** One answer: when it was sent and came back (ms since the start), its status (-1: no answer), its kind. */
    record Answer(long sent, long done, int status, boolean filing) {
    }

    /** A fault's window: from its start to the end of its action. */
    record Window(String fault, long start, long end) {
    }

    private final Map<String, String> settings;
    private final URI base;
    private final long t0 = System.currentTimeMillis();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger sessionsLost = new AtomicInteger();
    /** Sessions that never logged in: they could not have been lost, so they fail the run on their own. */
    private final ConcurrentLinkedQueue<String> notLoggedIn = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> sessionLostAt = new ConcurrentHashMap<>();
    private final Sink sink;
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    /** The first 4xx answers, shown so a refusal by a rule is told from a broken client. */
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    private Reliability(Map<String, String> settings) {
        this.settings = settings;
        String b = setting("base", "http://127.0.0.1:8080/");
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.sink = new Sink(number("smtpPort", 2525), this::now);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            settings.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        System.exit(new Reliability(settings).run() ? 0 : 1);
    }

    private String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    private int number(String key, int fallback) {
        return Integer.parseInt(setting(key, Integer.toString(fallback)));
    }

    private long now() {
        return System.currentTimeMillis() - t0;
    }

    private boolean run() throws Exception {
        sink.start();
        HttpClient http = client(null);
        String token = token(http, setting("user", "ORG0000001"));
        String officer = token(http, setting("officer", "SUP0000001"));
        Timestamp runStart;
        long rowsBefore;
        long organisation;
        try (Connection db = db()) {
            runStart = timestamp(db, "select now()");
            rowsBefore = count(db, "select count(*) from residence_application", null);
            organisation = count(db, "select organisation_id from user_account where auth_id = '"
                    + setting("user", "ORG0000001").replace("'", "") + "'", null);
        }
        Filer filer = new Filer(token, officer, organisation, Base64.getEncoder().encodeToString(photo()));
        List<Thread> threads = new ArrayList<>();
        int clients = number("clients", 6);
        for (int c = 0; c < clients; c++) {
            int first = c;
            threads.add(started(() -> file(http, filer)));
        }
        for (int s = 0; s < number("sessions", 4); s++) {
            String name = "session-" + (s + 1);
            threads.add(started(() -> browse(name)));
        }
        long calm = number("calm", 15) * 1000L;
        Thread.sleep(calm);
        List<Window> windows = new ArrayList<>();
        for (String fault : setting("faults", "kill,rolling,postgres,smtp").split(",")) {
            long start = now();
            System.out.printf("%n== fault %s at %.1f s%n", fault, start / 1000.0);
            if (fault.equals("smtp")) {
                sink.stop();
                Thread.sleep(number("outage", 60) * 1000L);
                sink.start();
            } else {
                Process p = new ProcessBuilder("bash", setting("script", "bench/reliability"), "fault", fault)
                        .inheritIO().start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("the fault " + fault + " could not be brought about");
                }
            }
            windows.add(new Window(fault, start, now()));
            Thread.sleep(calm);
        }
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }

        boolean ok = true;
        long grace = number("grace", 10) * 1000L;
        System.out.printf("%n== results (%d clients filing, %d sessions; a fault's window is its action and %d s after)%n",
                clients, number("sessions", 4), grace / 1000);
        long rowsAfter;
        Set<Long> lost;
        try (Connection db = db()) {
            rowsAfter = count(db, "select count(*) from residence_application", null);
            lost = missing(db, acknowledged);
        }
        long from = 0;
        for (int i = 0; i <= windows.size(); i++) {
            Window w = i < windows.size() ? windows.get(i) : null;
            long to = w == null ? Long.MAX_VALUE : w.start();
            ok &= printPhase("quiet", from, to, null, 0);
            if (w != null) {
                long end = w.end() + grace;
                ok &= printPhase(w.fault(), w.start(), end, w, grace);
                from = end;
            }
        }
        errors.stream().limit(20).forEach(e -> System.out.println("  failed request at " + e));
        unexpected.forEach(e -> System.out.println("  4xx: " + e));
        long refused = answers.stream().filter(a -> a.status() >= 400 && a.status() < 500).count();
        if (refused * 100 > answers.size()) {
            // every request the harness sends is valid: refusals mean the harness files wrongly, not a fault
            System.out.printf("FAILED: %d of %d answers were 4xx%n", refused, answers.size());
            ok = false;
        }
        long stored = rowsAfter - rowsBefore;
        long inFlightAtFaults = answers.stream().filter(a -> a.filing() && (a.status() == -1 || a.status() >= 500))
                .count();
        System.out.printf("filings: %d acknowledged, %d stored, %d acknowledged but not stored (lost), %d stored"
                + " without an answer (at most the %d requests that got none or a 5xx)%n", acknowledged.size(), stored,
                lost.size(), stored - acknowledged.size(), inFlightAtFaults);
        if (!lost.isEmpty() || stored - acknowledged.size() > inFlightAtFaults || stored < acknowledged.size()) {
            System.out.println("FAILED: filings lost " + lost);
            ok = false;
        }
        System.out.printf("sessions: %d of %d logged in, %d of them survived every fault%s%n",
                number("sessions", 4) - notLoggedIn.size(), number("sessions", 4),
                number("sessions", 4) - notLoggedIn.size() - sessionsLost.get(),
                sessionLostAt.isEmpty() ? "" : " (lost: " + sessionLostAt + " s)");
        if (sessionsLost.get() > 0) {
            ok = false;
            System.out.println("FAILED: a session was lost");
        }
        if (!notLoggedIn.isEmpty()) {
            ok = false;
            System.out.println("FAILED: sessions that could not log in: " + notLoggedIn);
        }
        ok &= mails(runStart);
        sink.stop();
        System.out.println(ok ? "RELIABILITY PASSED" : "RELIABILITY FAILED");
        return ok;
    }

    /**
     * The answers of the requests that ended in [from, to): counted, and for a fault the time from its start until
     * filing worked again. A request is placed by its end, so one sent just before a fault and cut off by it counts
     * in the fault's window. Outside a fault (window null) a 5xx or a request without an answer fails the run.
     */
    private boolean printPhase(String name, long from, long to, Window window, long grace) {
        int ok2 = 0;
        int c4 = 0;
        int c5 = 0;
        int none = 0;
        int acked = 0;
        long lastFailure = -1;
        for (Answer a : answers) {
            if (a.done() < from || a.done() >= to) {
                continue;
            }
            if (a.status() == -1) {
                none++;
            } else if (a.status() >= 500) {
                c5++;
            } else if (a.status() >= 400) {
                c4++;
            } else {
                ok2++;
            }
            if (a.filing() && a.status() == 201) {
                acked++;
            }
            if (a.status() == -1 || a.status() >= 500) {
                lastFailure = Math.max(lastFailure, a.done());
            }
        }
        String recovered = "";
        if (window != null) {
            recovered = String.format(", filing worked again %.1f s after the fault began (its action took %.1f s)",
                    lastFailure < 0 ? 0.0 : (lastFailure - window.start()) / 1000.0,
                    (window.end() - window.start()) / 1000.0);
        }
        long repeats = sink.repeatsAt.stream().filter(t -> t >= from && t < to).count();
        System.out.printf("%-9s %6.1f–%6.1f s: 2xx %d, 4xx %d, 5xx %d, no answer %d; filings acknowledged %d;"
                + " mails delivered again %d%s%n", name, from / 1000.0, Math.min(to, now()) / 1000.0, ok2, c4, c5,
                none, acked, repeats, recovered);
        if (window == null && (c5 > 0 || none > 0)) {
            System.out.println("FAILED: 5xx or unanswered requests outside a fault's window");
            return false;
        }
        if (name.startsWith("rolling") && repeats > 0) {
            // a clean stop (SIGTERM) lets the outbox senders commit before the exit: nothing to send again
            System.out.println("FAILED: mails delivered again during a rolling restart");
            return false;
        }
        return true;
    }

    /** Waits until every mail queued since the start is sent, then compares with what the SMTP server received. */
    private boolean mails(Timestamp runStart) throws Exception {
        long deadline = System.currentTimeMillis() + number("drain", 180) * 1000L;
        List<Long> queued;
        long pending;
        try (Connection db = db()) {
            do {
                pending = count(db, "select count(*) from outbox_mail where created_at >= ? and status <> 'SENT'",
                        runStart);
                if (pending > 0) {
                    Thread.sleep(1000);
                }
            } while (pending > 0 && System.currentTimeMillis() < deadline);
            queued = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("select id from outbox_mail where created_at >= ?")) {
                q.setTimestamp(1, runStart);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        queued.add(rs.getLong(1));
                    }
                }
            }
        }
        Map<String, Integer> received = sink.harvest();
        long delivered = queued.stream().filter(id -> received.containsKey("<outbox-" + id + "@ras>")).count();
        long twice = queued.stream().filter(id -> received.getOrDefault("<outbox-" + id + "@ras>", 0) > 1).count();
        System.out.printf("mails: %d queued, %d delivered, %d delivered twice, %d still unsent after the drain%n",
                queued.size(), delivered, twice, pending);
        if (delivered < queued.size()) {
            List<Long> missed = queued.stream().filter(id -> !received.containsKey("<outbox-" + id + "@ras>"))
                    .limit(10).toList();
            try (Connection db = db(); PreparedStatement q = db.prepareStatement(
                    "select id, status, attempts, sent_at from outbox_mail where id = ?")) {
                for (Long id : missed) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            System.out.printf("  not received: mail %d, %s after %d attempts, sent at %s%n",
                                    id, rs.getString(2), rs.getInt(3), rs.getTimestamp(4));
                        }
                    }
                }
            }
            System.out.println("FAILED: mails not delivered");
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ clients

    /**
     * Files for a new person each time: one undecided application per person (AP13), so the client first adds a
     * foreign national to the organisation's roster as an officer would (PR6), then files the extension.
     */
    private record Filer(String token, String officer, long organisation, String photo) {
    }

    private final java.util.concurrent.atomic.AtomicLong people = new java.util.concurrent.atomic.AtomicLong();

    private void file(HttpClient http, Filer filer) {
        int pause = number("pause", 50);
        String expiry = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(45).toString();
        while (running.get()) {
            long n = people.incrementAndGet();
            String person = Person.json("RELIABILITY", "RL", n, expiry);
            String entry = send(http, "api/v1/officer/organisations/" + filer.organisation() + "/roster",
                    filer.officer(), person, false);
            if (entry == null) {
                sleep(pause);
                continue;
            }
            Matcher id = ROSTER_ID.matcher(entry);
            if (!id.find()) {
                throw new IllegalStateException("roster entry added without its id: " + entry);
            }
            String body = """
                    {"rosterEntryId":%s,"reEntry":"NONE","activityPermission":false,"desiredPeriod":"1年",\
                    "reason":"引き続き同じ会社で勤務するため","presenceConfirmed":true,"receiptMethod":"COUNTER",\
                    "kanjiRequested":false,"applicantMail":"reliability@example.jp","applicantLanguage":"ja",\
                    "photo":"%s"}""".formatted(id.group(1), filer.photo());
            send(http, "api/v1/applications", filer.token(), body, true);
            sleep(pause);
        }
    }

    /** POSTs and records the answer; the body of a 201, else null. A filing's 201 is acknowledged by its id. */
    private String send(HttpClient http, String path, String token, String body, boolean filing) {
        long sent = now();
        int status;
        String result = null;
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").header("Accept-Language", "ja")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            status = answer.statusCode();
            if (status >= 500) {
                errors.add(String.format("%.1f–%.1f s POST %s: %d %s", sent / 1000.0, now() / 1000.0, path, status,
                        answer.body().substring(0, Math.min(200, answer.body().length()))));
            } else if (status >= 400 && unexpected.size() < 5) {
                unexpected.add(path + " " + status + " " + answer.body().substring(0, Math.min(300,
                        answer.body().length())));
            }
            if (status == 201) {
                result = answer.body();
                if (filing) {
                    Matcher id = CREATED_ID.matcher(answer.headers().firstValue("Location").orElse(""));
                    if (!id.find()) {
                        throw new IllegalStateException("201 without the application's address");
                    }
                    acknowledged.add(Long.parseLong(id.group(1)));
                }
            }
        } catch (IOException e) {
            status = -1;
            errors.add(String.format("%.1f–%.1f s POST %s: %s", sent / 1000.0, now() / 1000.0, path, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        answers.add(new Answer(sent, now(), status, filing));
        return result;
    }

    /** A logged-in user reading the application list once a second; lost when sent back to the login page. */
    private void browse(String name) {
        HttpClient browser = client(new CookieManager());
        try {
            logIn(browser);
        } catch (Exception e) {
            notLoggedIn.add(name + ": " + e.getMessage());
            return;
        }
        while (running.get()) {
            long sent = now();
            int status;
            try {
                HttpResponse<String> page = browser.send(HttpRequest.newBuilder(base.resolve("app/applications.xhtml"))
                        .timeout(Duration.ofSeconds(30)).header("Accept-Language", "ja").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                status = page.statusCode();
                if (status >= 500) {
                    errors.add(String.format("%.1f–%.1f s GET: %d", sent / 1000.0, now() / 1000.0, status));
                }
                if (status == 200 && page.uri().getPath().contains("login")) {
                    sessionsLost.incrementAndGet();
                    sessionLostAt.put(name, (int) (sent / 1000));
                    answers.add(new Answer(sent, now(), status, false));
                    return;
                }
            } catch (IOException e) {
                status = -1;
                errors.add(String.format("%.1f–%.1f s GET: %s", sent / 1000.0, now() / 1000.0, e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.add(new Answer(sent, now(), status, false));
            sleep(1000);
        }
    }

    private void logIn(HttpClient browser) throws Exception {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "login=login&login%3AauthId=" + enc(setting("user", "ORG0000001")) + "&login%3Apassword="
                + enc(setting("password", "demo-password-2026")) + "&login%3Asubmit=login"
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        browser.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> list = browser.send(HttpRequest.newBuilder(base.resolve("app/applications.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (list.statusCode() != 200 || list.uri().getPath().contains("login")) {
            throw new IllegalStateException("login failed: " + list.statusCode() + " " + list.uri());
        }
    }

    private String token(HttpClient http, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":"
                + setting("password", "demo-password-2026")).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(answer.body());
        if (answer.statusCode() / 100 != 2 || !m.find()) {
            throw new IllegalStateException("token: " + answer.statusCode() + " " + answer.body());
        }
        return m.group(1);
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 235, 240));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(120, 90, 70));
        g.fillOval(90, 80, 120, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    // ----------------------------------------------------------------------------------------------- database

    private Connection db() throws SQLException {
        return DriverManager.getConnection(setting("jdbc", ""), setting("dbUser", ""), setting("dbPassword", ""));
    }

    private static Timestamp timestamp(Connection db, String sql) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    private static long count(Connection db, String sql, Timestamp since) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            if (since != null) {
                q.setTimestamp(1, since);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The acknowledged applications that are not in the database. */
    private static Set<Long> missing(Connection db, Set<Long> ids) throws SQLException {
        Set<Long> missing = ConcurrentHashMap.newKeySet();
        missing.addAll(ids);
        try (PreparedStatement q = db.prepareStatement("select id from residence_application where id = any(?)")) {
            q.setArray(1, db.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    missing.remove(rs.getLong(1));
                }
            }
        }
        return missing;
    }

    // ------------------------------------------------------------------------------------------------ SMTP

    /** A real SMTP server that can go away and come back, counting what it received by Message-ID throughout. */
    private static final class Sink {

        private final int port;
        private final Map<String, Integer> received = new HashMap<>();
        private final Map<String, Integer> archived = new HashMap<>();
        /** When (ms since the start, to the second) a mail already received came again. */
        final ConcurrentLinkedQueue<Long> repeatsAt = new ConcurrentLinkedQueue<>();
        private final LongSupplier clock;
        private GreenMail server;

        Sink(int port, LongSupplier clock) {
            this.port = port;
            this.clock = clock;
            Thread collector = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(1000);
                        synchronized (this) {
                            if (server != null) {
                                collect(server.getManagers());
                            }
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        System.out.println("SMTP server: " + e);
                    }
                }
            });
            collector.setDaemon(true);
            collector.start();
        }

        synchronized void start() {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.out.printf("SMTP server up on 127.0.0.1:%d%n", port);
        }

        synchronized void stop() throws Exception {
            if (server != null) {
                // stop() waits for the sessions under way, which may still hand over mails, and then gives the
                // server an empty store: keep the store, stop, then count it, so no accepted mail is missed.
                Managers store = server.getManagers();
                server.stop();
                collect(store);
                archived.clear();
                archived.putAll(received);
                server = null;
                System.out.println("SMTP server down");
            }
        }

        synchronized Map<String, Integer> harvest() throws Exception {
            if (server != null) {
                collect(server.getManagers());
            }
            return Map.copyOf(received);
        }

        /**
         * Counts again everything this server holds (nothing is purged, so a mail arriving meanwhile is not missed),
         * on top of what the servers before it received, and notes when a mail came again.
         */
        private void collect(Managers store) throws Exception {
            Map<String, Integer> now = new HashMap<>(archived);
            for (StoredMessage stored : store.getImapHostManager().getAllMessages()) {
                now.merge(String.valueOf(stored.getMimeMessage().getMessageID()), 1, Integer::sum);
            }
            long at = clock.getAsLong();
            now.forEach((id, n) -> {
                int before = received.getOrDefault(id, 0);
                for (int i = Math.max(before, 1); i < n; i++) {
                    repeatsAt.add(at);
                }
            });
            received.clear();
            received.putAll(now);
        }
    }
}
