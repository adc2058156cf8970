package jp.ras.infrastructure.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JapanRangesTest {

    private static JapanRanges japan;

    @BeforeAll
    static void load() {
        japan = JapanRanges.load();
    }

    @DisplayName("AP12: addresses in Japan's ranges are Japanese")
    @ParameterizedTest(name = "AP12: {0} is in Japan")
    @ValueSource(strings = {
        "133.0.0.1", // JPNIC's 133.0.0.0/8 (universities and research)
        "153.120.0.1", // NTT Communications (OCN)
        "126.0.0.1", // SoftBank
        "::ffff:133.0.0.1", // the same client over an IPv6 socket
        "2404:1a8::1", // NTT East (FLET'S)
        "240b:10::1" // SoftBank
    })
    void japaneseAddresses(String address) {
        assertTrue(japan.contains(IpAddress.parse(address)), address);
    }

    @DisplayName("AP12: addresses outside Japan's ranges are foreign")
    @ParameterizedTest(name = "AP12: {0} is not in Japan")
    @ValueSource(strings = {
        "8.8.8.8", // Google, US
        "1.1.1.1", // Cloudflare
        "203.0.113.7", // documentation block, nowhere
        "127.0.0.1", // loopback: allowed only through the settings, never as Japan
        "10.1.2.3",
        "::ffff:8.8.8.8",
        "2001:4860:4860::8888", // Google, US
        "2001:db8::1", // documentation block
        "::1"
    })
    void foreignAddresses(String address) {
        assertFalse(japan.contains(IpAddress.parse(address)), address);
    }

    @Test
    @DisplayName("AP12: the shipped data names its source package, version, licence and date, and is not empty")
    void provenance() throws IOException {
        for (String file : List.of(JapanRanges.IPV4, JapanRanges.IPV6)) {
            try (InputStream in = JapanRanges.class.getResourceAsStream(file)) {
                String head = new String(in.readNBytes(1000), StandardCharsets.UTF_8);
                assertTrue(head.contains("@ip-location-db/geo-whois-asn-country"), head);
                assertTrue(head.contains("Licence: CC0-1.0"), head);
                assertTrue(head.contains("nro.net"), head);
                assertTrue(head.matches("(?s).*Date: data of \\d{4}-\\d{2}-\\d{2}.*"), head);
            }
        }
        assertEquals(4, japan.provenance().size(), japan.provenance().toString());
        assertTrue(japan.describe().matches("\\d+ IPv4 and \\d+ IPv6 ranges; Source: npm package "
                + "@ip-location-db/geo-whois-asn-country [0-9.]+; Date: data of \\d{4}-\\d{2}-\\d{2} .*"),
                japan.describe());
        assertTrue(japan.ranges().ipv4Ranges() > 1000, japan.ranges().toString());
        assertTrue(japan.ranges().ipv6Ranges() > 1000, japan.ranges().toString());
    }
}
