package jp.ras.bench;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.HdrHistogram.Histogram;

/**
 * The load client of bench/run. Two modes, settings as key=value arguments:
 * <ul>
 * <li>{@code people count=N cards=XY organisation=ID out=FILE}: adds N foreign nationals to the organisation's
 * roster through the officer API (as SUP0000001), 8 at a time, and writes their roster entry ids, one per line: one
 * person may have one undecided application (AP13), so every filing of the bench is for a person of its own.</li>
 * <li>{@code filing ids=FILE bodies=FILE}: files for the first person of {@code ids} (the probe), then writes the
 * filing body around the roster entry id, for wrk and bench/filing.lua: line 1 what comes before the id, line 2 what
 * comes after.</li>
 * <li>{@code filing ids=FILE}: {@code clients} closed-loop clients file valid extensions through POST
 * /api/v1/applications, each for the next person of {@code ids} (it ends early when they run out), for
 * {@code warmup} then {@code seconds} seconds; prints the rate and the latency percentiles of the measured part and
 * the count of 201 answers over the whole run (warm-up included), to compare with the rows stored.</li>
 * <li>{@code list}: the application list's first page and a filtered page, through the API and the screen
 * (app/applications.xhtml after a form login), {@code requests} times each by {@code clients} clients.</li>
 * <li>{@code dashboard}: the officers' dashboard (issue 18 item 3) after an officer's form login ({@code user},
 * OFC0000001 by default): the page as it opens (the officer's office, the last 12 months) and the filter posted for
 * all offices, {@code requests} times each by {@code clients} clients.</li>
 * </ul>
 * Every answer is recorded in an HdrHistogram (microseconds); results go to stdout as {@code key=value} lines.
 */
public final class Bench {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private static final Pattern ROSTER_ID = Pattern.compile("\"rosterEntryId\":(\\d+)");

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Map<String, String> settings;

    private final URI base;

    private Bench(Map<String, String> settings) {
        this.settings = settings;
        this.base = URI.create(setting("base", "http://127.0.0.1:18080/"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new ConcurrentHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            settings.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        Bench bench = new Bench(settings);
        switch (args.length == 0 ? "" : args[0]) {
            case "filing" -> bench.filing();
            case "people" -> bench.people();
            case "list" -> bench.list();
            case "get" -> bench.hammer();
            case "dashboard" -> bench.dashboard();
            default -> {
                System.err.println("usage: Bench filing|list key=value…");
                System.exit(2);
            }
        }
    }

    private String setting(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    private int number(String key, int fallback) {
        return Integer.parseInt(setting(key, Integer.toString(fallback)));
    }

    // ---------------------------------------------------------------------------------------------- filing

    private void filing() throws Exception {
        int clients = number("clients", 32);
        int warmup = number("warmup", 10);
        int seconds = number("seconds", 60);
        HttpClient http = client(null);
        String token = token(http);
        String photo = Base64.getEncoder().encodeToString(photo());
        String before = """
                {"rosterEntryId":""";
        String after = """
                ,"reEntry":"NONE","activityPermission":false,"desiredPeriod":"1年",\
                "reason":"引き続き同じ会社で勤務するため","presenceConfirmed":true,"receiptMethod":"COUNTER",\
                "kanjiRequested":false,"applicantMail":"bench@example.jp","applicantLanguage":"ja",\
                "photo":"%s"}""".formatted(photo);
        List<String> ids = java.nio.file.Files.readAllLines(java.nio.file.Path.of(setting("ids", "ids.txt")));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        AtomicLong created = new AtomicLong();
        String bodiesFile = setting("bodies", "");
        if (!bodiesFile.isEmpty()) {
            // The probe: one filing, for the first person; then the body around the id for wrk (bench/filing.lua).
            HttpResponse<String> answer = post(http, "api/v1/applications", token, before + ids.get(0) + after);
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("the probe filing: " + answer.statusCode() + " " + answer.body());
            }
            java.nio.file.Files.write(java.nio.file.Path.of(bodiesFile), List.of(before, after));
            System.out.printf("token=%s%ncreated_total=%d%n", token, 1);
            return;
        }
        Histogram all = new Histogram(60_000_000L, 3);
        AtomicLong measured = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Histogram mine = new Histogram(60_000_000L, 3);
            histograms.add(mine);
            threads.add(start(() -> {
                while (System.nanoTime() < end) {
                    int n = next.getAndIncrement();
                    if (n >= ids.size()) {
                        return; // no person left to file for: the bench asked for too few
                    }
                    String body = before + ids.get(n) + after;
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = post(http, "api/v1/applications", token, body).statusCode();
                    } catch (IOException | InterruptedException e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    if (status == 201) {
                        created.incrementAndGet();
                    }
                    if (sent >= measureFrom && done <= end) {
                        mine.recordValue(Math.max(1, (done - sent) / 1000));
                        if (status == 201) {
                            measured.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        histograms.forEach(all::add);
        System.out.printf("clients=%d%nseconds=%d%nwarmup=%d%npersons_used=%d%n", clients, seconds, warmup,
                Math.min(next.get(), ids.size()));
        System.out.printf("answers=%s%n", statuses);
        System.out.printf("created_total=%d%n", created.get());
        System.out.printf("created_measured=%d%n", measured.get());
        System.out.printf("rate=%.1f%n", measured.get() / (double) seconds);
        percentiles("filing", all);
    }

    /** Adds {@code count} people to the organisation's roster through the officer API and writes their ids. */
    private void people() throws Exception {
        int count = number("count", 1000);
        String cards = setting("cards", "BN");
        String organisation = setting("organisation", "1");
        HttpClient http = client(null);
        String officer = token(http, setting("officer", "SUP0000001"));
        String expiry = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(45).toString();
        String[] ids = new String[count];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < number("threads", 8); t++) {
            threads.add(start(() -> {
                for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    String person = Person.json("BENCH", cards, n, expiry);
                    try {
                        HttpResponse<String> answer = post(http, "api/v1/officer/organisations/" + organisation
                                + "/roster", officer, person);
                        Matcher id = ROSTER_ID.matcher(answer.body());
                        if (answer.statusCode() != 201 || !id.find()) {
                            throw new IllegalStateException("adding a person: " + answer.statusCode() + " "
                                    + answer.body());
                        }
                        ids[n] = id.group(1);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        for (String id : ids) {
            if (id == null) {
                throw new IllegalStateException("not every person was added");
            }
        }
        java.nio.file.Files.write(java.nio.file.Path.of(setting("out", "ids.txt")), List.of(ids));
        System.out.printf("people=%d%n", count);
    }

    /** A portrait 3:4 face-photo stand-in that passes AP8 (300×400 JPEG). */
    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDDE8F0));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(0x8A6A50));
        g.fillOval(90, 80, 120, 160);
        g.fillRect(60, 260, 180, 140);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** GET {@code path} with a bearer token by {@code clients} clients for {@code seconds}: a probe of fixed costs. */
    private void hammer() throws Exception {
        int clients = number("clients", 32);
        int seconds = number("seconds", 10);
        HttpClient http = client(null);
        String token = token(http);
        String path = setting("path", "api/v1/roster");
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(start(() -> {
                while (System.nanoTime() < end) {
                    try {
                        get(http, path, token);
                        done.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("get_rate=%.1f%n", done.get() / (double) seconds);
    }

    // ------------------------------------------------------------------------------------------------ list

    private void list() throws Exception {
        int clients = number("clients", 4);
        int requests = number("requests", 200);
        HttpClient api = client(null);
        String token = token(api);
        String filtered = setting("filter", "FILED");
        String filteredPage = setting("page", "5");
        measure("api_first", clients, requests, () -> check(get(api, "api/v1/applications?size=20", token)));
        measure("api_filtered", clients, requests, () -> check(get(api,
                "api/v1/applications?size=20&status=" + filtered + "&page=" + filteredPage, token)));
        List<HttpClient> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient browser = client(new CookieManager());
            logIn(browser);
            sessions.add(browser);
        }
        measure("screen_first", clients, requests, c -> check(page(sessions.get(c), "app/applications.xhtml")));
        measure("screen_filtered", clients, requests, c -> check(page(sessions.get(c),
                "app/applications.xhtml?status=" + filtered)));
        System.out.println("total=" + total(get(api, "api/v1/applications?size=1", token).body()));
    }

    // ------------------------------------------------------------------------------------------- dashboard

    private void dashboard() throws Exception {
        int clients = number("clients", 1);
        int requests = number("requests", 100);
        List<HttpClient> sessions = new ArrayList<>();
        List<String[]> states = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpClient browser = client(new CookieManager());
            logIn(browser, "officer/dashboard.xhtml");
            sessions.add(browser);
            states.add(new String[3]);
        }
        measure("dashboard_office", clients, requests, c -> {
            HttpResponse<String> page = page(sessions.get(c), "officer/dashboard.xhtml");
            check(page);
            Matcher state = VIEW_STATE.matcher(page.body());
            if (!state.find() || !page.body().contains("id=\"months\"")) {
                throw new IllegalStateException("no dashboard on the page");
            }
            states.get(c)[0] = state.group(1);
            states.get(c)[1] = field(page.body(), "filter:from");
            states.get(c)[2] = field(page.body(), "filter:to");
        });
        measure("dashboard_all", clients, requests, c -> {
            String body = "filter=filter&filter%3Aoffice=&filter%3Afrom=" + enc(states.get(c)[1])
                    + "&filter%3Ato=" + enc(states.get(c)[2])
                    + "&filter%3Ashow=show&jakarta.faces.ViewState=" + enc(states.get(c)[0]);
            HttpResponse<String> answer = sessions.get(c).send(HttpRequest.newBuilder(
                    base.resolve("officer/dashboard.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", "ja").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            check(answer);
            Matcher state = VIEW_STATE.matcher(answer.body());
            if (!state.find() || !answer.body().contains("id=\"backlog\"") || answer.body().contains("field-error")) {
                throw new IllegalStateException("no dashboard of all offices: " + answer.body());
            }
            states.get(c)[0] = state.group(1);
        });
    }

    /** The value of a text field of a page. */
    private static String field(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no field " + id);
        }
        return m.group(1);
    }

    private interface Call {
        void run(int client) throws Exception;
    }

    private interface Simple {
        void run() throws Exception;
    }

    private void measure(String name, int clients, int requests, Simple call) throws Exception {
        measure(name, clients, requests, c -> call.run());
    }

    private void measure(String name, int clients, int requests, Call call) throws Exception {
        for (int i = 0; i < 20; i++) { // warm-up: JIT and caches
            call.run(0);
        }
        Histogram all = new Histogram(60_000_000L, 3);
        List<Thread> threads = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Histogram mine = new Histogram(60_000_000L, 3);
            histograms.add(mine);
            int client = c;
            threads.add(start(() -> {
                for (int i = 0; i < requests; i++) {
                    long sent = System.nanoTime();
                    try {
                        call.run(client);
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                        return;
                    }
                    mine.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        histograms.forEach(all::add);
        percentiles(name, all);
    }

    private static void check(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + " " + answer.headers().map() + answer.body().substring(0, Math.min(600, answer.body().length())));
        }
        if (answer.uri().getPath().contains("login")) {
            throw new IllegalStateException("the session was sent to the login page");
        }
    }

    private static String total(String json) {
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private void logIn(HttpClient browser) throws Exception {
        logIn(browser, "app/applications.xhtml");
    }

    private void logIn(HttpClient browser, String landing) throws Exception {
        HttpResponse<String> form = page(browser, "login.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "login=login&login%3AauthId=" + enc(setting("user", "ORG0000001")) + "&login%3Apassword="
                + enc(setting("password", "demo-password-2026")) + "&login%3Asubmit=login"
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "ja")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        check(page(browser, landing));
        if (answer.statusCode() >= 400) {
            throw new IllegalStateException("login answered " + answer.statusCode());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void percentiles(String name, Histogram h) {
        System.out.printf("%s_count=%d%n%s_p50_ms=%.1f%n%s_p95_ms=%.1f%n%s_p99_ms=%.1f%n%s_max_ms=%.1f%n", name,
                h.getTotalCount(), name, h.getValueAtPercentile(50) / 1000.0, name,
                h.getValueAtPercentile(95) / 1000.0, name, h.getValueAtPercentile(99) / 1000.0, name,
                h.getMaxValue() / 1000.0);
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL);
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        return builder.build();
    }

    private String token(HttpClient http) throws Exception {
        return token(http, setting("user", "ORG0000001"));
    }

    private String token(HttpClient http, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":"
                + setting("password", "demo-password-2026")).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(answer.body());
        if (answer.statusCode() != 201 && answer.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token: " + answer.statusCode() + " " + answer.body());
        }
        return m.group(1);
    }

    private HttpResponse<String> get(HttpClient http, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "ja").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String path, String token, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "ja")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
