package jp.ras.infrastructure.network;

import static jp.ras.infrastructure.network.AccessPolicy.Verdict.ABROAD;
import static jp.ras.infrastructure.network.AccessPolicy.Verdict.ALLOWED;
import static jp.ras.infrastructure.network.AccessPolicy.Verdict.OUTSIDE_INTRANET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final String PRIVATE = "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7";

    private final AccessPolicy policy = new AccessPolicy(JapanRanges.load().ranges(),
            AddressRanges.of(Cidr.parseList(PRIVATE + ",198.51.100.0/24")), AddressRanges.of(Cidr.parseList(PRIVATE)));

    private AccessPolicy.Verdict check(String address, boolean intranet) {
        return policy.check(IpAddress.parse(address), false, intranet);
    }

    @Test
    @DisplayName("AP12: the public tier answers Japan and the allowed blocks, and refuses everyone else")
    void publicTier() {
        assertEquals(ALLOWED, check("133.0.0.1", false));
        assertEquals(ALLOWED, check("2404:1a8::1", false));
        assertEquals(ALLOWED, check("127.0.0.1", false));
        assertEquals(ALLOWED, check("::1", false));
        assertEquals(ALLOWED, check("198.51.100.20", false), "an allowed block outside Japan");
        assertEquals(ABROAD, check("8.8.8.8", false));
        assertEquals(ABROAD, check("::ffff:8.8.8.8", false));
        assertEquals(ABROAD, check("2001:4860:4860::8888", false));
        assertEquals(ABROAD, policy.check(null, false, false), "an unknown address is not known to be in Japan");
    }

    @Test
    @DisplayName("AP12: the intranet additionally requires the intranet blocks, even from Japan")
    void intranet() {
        assertEquals(ALLOWED, check("10.20.30.40", true));
        assertEquals(ALLOWED, check("::ffff:192.168.1.1", true));
        assertEquals(ALLOWED, check("fd00::1", true));
        assertEquals(OUTSIDE_INTRANET, check("133.0.0.1", true));
        assertEquals(OUTSIDE_INTRANET, check("198.51.100.20", true));
        assertEquals(ABROAD, check("8.8.8.8", true));
    }

    @Test
    @DisplayName("AP12: a connection from the server's own machine over its public address counts as loopback")
    void thisHost() {
        assertEquals(ALLOWED, policy.check(IpAddress.parse("192.0.2.2"), true, true));
        assertEquals(ALLOWED, policy.check(IpAddress.parse("2001:db8::2"), true, false));
        assertEquals(ABROAD, policy.check(IpAddress.parse("192.0.2.2"), false, false), "from elsewhere");
        AccessPolicy noLoopback = new AccessPolicy(JapanRanges.load().ranges(), AddressRanges.empty(),
                AddressRanges.of(Cidr.parseList("10.0.0.0/8")));
        assertEquals(ABROAD, noLoopback.check(IpAddress.parse("192.0.2.2"), true, false),
                "only as far as loopback is allowed");
        assertEquals(OUTSIDE_INTRANET, noLoopback.check(IpAddress.parse("133.0.0.1"), true, true));
    }
}
