package jp.ras.infrastructure.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientAddressResolverTest {

    private static final ClientAddressResolver NO_PROXY = new ClientAddressResolver(AddressRanges.empty());

    private static final ClientAddressResolver BEHIND_PROXIES = new ClientAddressResolver(
            AddressRanges.of(Cidr.parseList("127.0.0.1/32,::1/128,10.0.0.0/24")));

    @Test
    @DisplayName("AP12: without trusted proxies the connection's address counts and X-Forwarded-For is ignored")
    void noProxyConfigured() {
        assertEquals("8.8.8.8", NO_PROXY.resolve("8.8.8.8", List.of("133.0.0.1")).text());
        assertEquals("127.0.0.1", NO_PROXY.resolve("127.0.0.1", List.of("133.0.0.1")).text());
    }

    @Test
    @DisplayName("AP12: a trusted proxy's X-Forwarded-For counts: its right-most address that is no trusted proxy")
    void trustedPeer() {
        assertEquals("133.0.0.1", BEHIND_PROXIES.resolve("127.0.0.1", List.of("133.0.0.1")).text());
        assertEquals("8.8.8.8", BEHIND_PROXIES.resolve("127.0.0.1", List.of("133.0.0.1, 8.8.8.8")).text(),
                "the left entries were written by the client itself");
        assertEquals("8.8.8.8", BEHIND_PROXIES.resolve("::1", List.of("133.0.0.1, 8.8.8.8, 10.0.0.5")).text(),
                "a chain of trusted proxies is walked from the right");
        assertEquals("8.8.8.8", BEHIND_PROXIES.resolve("0:0:0:0:0:0:0:1", List.of("133.0.0.1", "8.8.8.8",
                "10.0.0.5")).text(), "several headers are one list");
        assertEquals("2001:4860:4860::8888",
                BEHIND_PROXIES.resolve("127.0.0.1", List.of("2001:4860:4860:0:0:0:0:8888")).text());
        assertEquals("133.0.0.1", BEHIND_PROXIES.resolve("127.0.0.1", List.of("[::ffff:133.0.0.1]:1234")).text());
        assertEquals("10.0.0.7", BEHIND_PROXIES.resolve("127.0.0.1", List.of("10.0.0.7, 10.0.0.5")).text(),
                "when every hop is a trusted proxy, the first one is the client");
        assertEquals("127.0.0.1", BEHIND_PROXIES.resolve("127.0.0.1", List.of()).text());
        assertEquals("127.0.0.1", BEHIND_PROXIES.resolve("127.0.0.1", List.of(" , ")).text());
    }

    @Test
    @DisplayName("AP12: a forged X-Forwarded-For from an untrusted peer is ignored")
    void untrustedPeer() {
        ClientAddressResolver.ResolvedAddress resolved = BEHIND_PROXIES.resolve("8.8.8.8", List.of("133.0.0.1"));
        assertEquals("8.8.8.8", resolved.text());
        assertEquals(IpAddress.parse("8.8.8.8"), resolved.address());
        assertTrue(resolved.peer(), "the connection's own address");
        assertFalse(BEHIND_PROXIES.resolve("127.0.0.1", List.of("133.0.0.1")).peer(), "named by a proxy");
        assertEquals("10.0.1.1", BEHIND_PROXIES.resolve("10.0.1.1", List.of("133.0.0.1")).text(),
                "just outside the trusted block");
    }

    @Test
    @DisplayName("AP12: what a trusted proxy passes on that is no address is kept as text and is no known address")
    void unknownHop() {
        ClientAddressResolver.ResolvedAddress resolved = BEHIND_PROXIES.resolve("127.0.0.1",
                List.of("133.0.0.1, unknown"));
        assertEquals("unknown", resolved.text());
        assertNull(resolved.address());
        assertEquals(64, BEHIND_PROXIES.resolve("127.0.0.1", List.of("x".repeat(500))).text().length(),
                "no longer than the audit trail's column");
    }
}
