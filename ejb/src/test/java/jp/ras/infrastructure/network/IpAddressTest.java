package jp.ras.infrastructure.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @DisplayName("AP12: addresses are parsed and printed canonically")
    @ParameterizedTest(name = "AP12: {0} reads as {1}")
    @CsvSource({
        "133.0.0.1, 133.0.0.1",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "' 8.8.8.8 ', 8.8.8.8",
        "203.0.113.7:8443, 203.0.113.7",
        "::1, ::1",
        "0:0:0:0:0:0:0:1, ::1",
        "::, ::",
        "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
        "fe80::1%eth0, fe80::1",
        "[2001:db8::1], 2001:db8::1",
        "[2001:db8::1]:443, 2001:db8::1",
        "1::, 1::",
        "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
        "::1.2.3.4, ::102:304",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221"
    })
    void parsesAndPrintsCanonically(String text, String canonical) {
        assertEquals(canonical, IpAddress.parse(text).toString());
    }

    @DisplayName("AP12: IPv4-mapped IPv6 addresses are IPv4")
    @ParameterizedTest(name = "AP12: the IPv4-mapped {0} is the IPv4 address {1}")
    @CsvSource({
        "::ffff:133.0.0.1, 133.0.0.1",
        "::FFFF:8.8.8.8, 8.8.8.8",
        "0:0:0:0:0:ffff:8508:1, 133.8.0.1",
        "[::ffff:127.0.0.1]:80, 127.0.0.1"
    })
    void mappedAddressesAreIpv4(String mapped, String ipv4) {
        IpAddress address = IpAddress.parse(mapped);
        assertTrue(address.isIpv4());
        assertEquals(IpAddress.parse(ipv4), address);
        assertEquals(ipv4, address.toString());
    }

    @DisplayName("AP12: a text that is no address is refused")
    @ParameterizedTest(name = "AP12: \"{0}\" is no address (and is never looked up as a host name)")
    @ValueSource(strings = {"", " ", "localhost", "example.jp", "unknown", "1.2.3", "1.2.3.4.5", "256.1.1.1",
        "01.2.3.4", "1.2.3.4.", "-1.2.3.4", "1.2.3.4:", "1.2.3.4:123456", "1:2:3:4:5:6:7:8:9", "1::2::3",
        ":1", "1:", "12345::", "g::1", "::1.2.3.4:5", "1:2:3:4:5:6:7:1.2.3.4", "[::1", "[::1]x", "::\u0663",
        "1.2.3.\u0663"})
    void refusesWhatIsNoAddress(String text) {
        assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(text));
        assertTrue(IpAddress.tryParse(text).isEmpty());
    }

    @Test
    @DisplayName("AP12: IPv4 and IPv6 addresses are never equal, except through the mapped form")
    void familiesDiffer() {
        assertFalse(IpAddress.parse("::102:304").equals(IpAddress.parse("1.2.3.4")));
        assertFalse(IpAddress.parse("::102:304").isIpv4());
        assertEquals(IpAddress.parse("::ffff:102:304"), IpAddress.parse("1.2.3.4"));
    }
}
