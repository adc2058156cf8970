package jp.ras.startgate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Issue 13, clean states: until RAS is deployed, every request to its port is answered 503 with {@code Retry-After},
 * never 404 or 500 from a half-deployed application and never a closed port.
 *
 * <p>Payara Micro answers nothing of its own for an application it has not deployed yet, so {@code bin/run} keeps
 * Payara's HTTP listener off until the post-deploy commands and starts the JVM with this agent. The agent binds the
 * port at the JVM's first moment and answers 503; the first post-deploy command sets the system property
 * {@value #OPEN_PROPERTY}{@code =open}, upon which the agent lets go of the port, and the next one switches Payara's
 * listener on. Between the two the port is closed for a moment: 0.25 s on a quiet machine, about 1 s under CI's load
 * (measured by {@code ops/stop-check.sh}).
 *
 * <p>Agent argument: {@code address:port} (an IPv6 address in brackets), the same {@code RAS_BIND} and
 * {@code RAS_PORT} Payara's listener takes.
 */
public final class StartGate {

    /** The system property whose value {@code open} opens the gate. */
    public static final String OPEN_PROPERTY = "ras.start-gate";
    /** Seconds a client is asked to wait: about what the rest of a deployment takes. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final long POLL_MILLIS = 10;

    private static final byte[] PAGE = ("""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
            <title>RAS 起動中 / RAS is starting</title></head>
            <body><main>
            <h1>在留申請オンラインシステムを起動しています</h1>
            <p>しばらくしてから、もう一度お試しください。</p>
            <h1 lang="en">The Residence Application Online System is starting</h1>
            <p lang="en">Please try again in a moment.</p>
            </main></body></html>
            """).getBytes(StandardCharsets.UTF_8);
    private static final byte[] JSON = ("{\"status\":\"DOWN\",\"starting\":true,"
            + "\"message\":\"RAS is starting; try again in a moment.\"}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private volatile boolean open;

    private StartGate(HttpServer server) {
        this.server = server;
    }

    /** Java agent entry: holds {@code address:port} until {@value #OPEN_PROPERTY} is {@code open}. */
    public static void premain(String argument) {
        InetSocketAddress address;
        try {
            address = address(argument);
        } catch (IllegalArgumentException e) {
            System.err.println("RAS start gate: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            start(address, () -> "open".equals(System.getProperty(OPEN_PROPERTY)));
            System.out.println("RAS start gate: " + argument + " answers 503 until RAS is deployed");
        } catch (BindException e) {
            System.err.println("RAS start gate: cannot listen on " + argument + " (RAS_BIND, RAS_PORT): "
                    + e.getMessage() + ". Is another server using the port, or is the address not this machine's?");
            System.exit(2);
        } catch (IOException e) {
            System.err.println("RAS start gate: cannot listen on " + argument + ": " + e);
            System.exit(2);
        }
    }

    /** Parses {@code host:port}, {@code [v6]:port}; the host is an address, never looked up by name. */
    static InetSocketAddress address(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new IllegalArgumentException("no address:port given to the agent");
        }
        int colon = argument.lastIndexOf(':');
        if (colon <= 0 || colon == argument.length() - 1) {
            throw new IllegalArgumentException("'" + argument + "' is not address:port");
        }
        String host = argument.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(argument.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + argument + "': the port is not a number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + argument + "': the port is not between 1 and 65535");
        }
        if (!host.matches("[0-9A-Fa-f.:]+")) {
            throw new IllegalArgumentException("'" + argument + "': RAS_BIND must be an IP address");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (IOException e) {
            throw new IllegalArgumentException("'" + argument + "': " + e.getMessage());
        }
    }

    /**
     * Binds {@code address} and answers 503 until {@code opened} says so (polled every 10 ms by a daemon thread),
     * then closes the port.
     */
    static StartGate start(InetSocketAddress address, BooleanSupplier opened) throws IOException {
        HttpServer server = HttpServer.create(address, 128);
        StartGate gate = new StartGate(server);
        server.createContext("/", gate::answer);
        server.start();
        Thread watcher = new Thread(() -> {
            while (!opened.getAsBoolean()) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            gate.open();
        }, "ras-start-gate");
        watcher.setDaemon(true);
        watcher.start();
        return gate;
    }

    /** The port this gate listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Closes the port at once (an exchange being answered is cut). */
    void open() {
        if (!open) {
            open = true;
            server.stop(0);
        }
    }

    boolean isOpen() {
        return open;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            boolean json = path.startsWith("/api/") || path.startsWith("/health")
                    || (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json"));
            byte[] body = json ? JSON : PAGE;
            var headers = exchange.getResponseHeaders();
            headers.set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            headers.set("Content-Type", json ? "application/json" : "text/html; charset=UTF-8");
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            // the request's body is not read: the connection is not kept
            headers.set("Connection", "close");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.sendResponseHeaders(503, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
