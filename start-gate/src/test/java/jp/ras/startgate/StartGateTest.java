package jp.ras.startgate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StartGateTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @DisplayName("Issue 13: while RAS deploys every request is answered 503 with Retry-After (a page for browsers, "
            + "JSON for the API and health); once opened the port is free for Payara's listener")
    void answers503UntilOpened() throws Exception {
        AtomicBoolean deployed = new AtomicBoolean();
        StartGate gate = StartGate.start(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), deployed::get);
        int port = gate.port();
        try {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(port, "/app/applications.xhtml"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode());
            assertEquals("5", page.headers().firstValue("Retry-After").orElseThrow());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
            assertTrue(page.body().contains("起動しています") && page.body().contains("is starting"), page.body());

            HttpResponse<String> ready = client.send(HttpRequest.newBuilder(uri(port, "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode());
            assertEquals("application/json", ready.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(ready.body().contains("\"status\":\"DOWN\""), ready.body());

            HttpResponse<String> filing = client.send(HttpRequest.newBuilder(uri(port, "/api/v1/applications"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"EXTENSION\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, filing.statusCode());
            assertEquals("5", filing.headers().firstValue("Retry-After").orElseThrow());

            HttpResponse<Void> head = client.send(HttpRequest.newBuilder(uri(port, "/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(503, head.statusCode());

            deployed.set(true);
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!gate.isOpen() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertTrue(gate.isOpen(), "the gate opened once told so");
            // Payara's listener binds the same address next
            try (ServerSocket listener = new ServerSocket()) {
                listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            }
            assertThrows(ConnectException.class, () -> client.send(HttpRequest.newBuilder(uri(port, "/")).build(),
                    HttpResponse.BodyHandlers.discarding()));
        } finally {
            gate.open();
        }
    }

    @Test
    @DisplayName("Issue 13: the agent's address is RAS_BIND:RAS_PORT, an IP address and a port; anything else stops "
            + "the start with a message naming the setting")
    void parsesTheAddress() throws IOException {
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8080), StartGate.address("127.0.0.1:8080"));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 8443), StartGate.address("[::1]:8443"));
        assertEquals(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 80), StartGate.address("0.0.0.0:80"));
        for (String wrong : new String[] {"", "8080", "127.0.0.1:", "127.0.0.1:http", "127.0.0.1:70000",
                "localhost:8080", ":8080"}) {
            assertThrows(IllegalArgumentException.class, () -> StartGate.address(wrong), wrong);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StartGate.address("example.org:80"))
                .getMessage().contains("RAS_BIND"));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
