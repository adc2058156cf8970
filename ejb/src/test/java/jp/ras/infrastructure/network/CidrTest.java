package jp.ras.infrastructure.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    private static boolean contains(String cidr, String address) {
        return Cidr.parse(cidr).contains(IpAddress.parse(address));
    }

    @DisplayName("AP12: an address block matches the addresses inside it")
    @ParameterizedTest(name = "AP12: {0} contains {1}: {2}")
    @CsvSource({
        "10.0.0.0/8, 10.0.0.0, true",
        "10.0.0.0/8, 10.255.255.255, true",
        "10.0.0.0/8, 11.0.0.0, false",
        "10.0.0.0/8, 9.255.255.255, false",
        "172.16.0.0/12, 172.31.255.1, true",
        "172.16.0.0/12, 172.32.0.1, false",
        "192.168.1.77/16, 192.168.200.1, true",
        "127.0.0.1/32, 127.0.0.1, true",
        "127.0.0.1/32, 127.0.0.2, false",
        "127.0.0.1, 127.0.0.1, true",
        "0.0.0.0/0, 255.255.255.255, true",
        "0.0.0.0/0, ::1, false",
        "::1/128, ::1, true",
        "::1/128, ::2, false",
        "::1, 0:0:0:0:0:0:0:1, true",
        "fc00::/7, fd12:3456::1, true",
        "fc00::/7, fe00::1, false",
        "2001:db8::/32, 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff, true",
        "2001:db8::/32, 2001:db9::, false",
        "2001:db8:0:0:8000::/65, 2001:db8::8000:0:0:1, true",
        "2001:db8:0:0:8000::/65, 2001:db8::7fff:0:0:1, false",
        "::/0, 2001:db8::1, true",
        "::/0, 1.2.3.4, false",
        "10.0.0.0/8, ::ffff:10.1.2.3, true",
        "::ffff:10.0.0.0/104, 10.1.2.3, true",
        "::ffff:10.0.0.0/104, 11.1.2.3, false",
        "::fffe:0:0/95, ::ffff:1.2.3.4, false"
    })
    void matches(String cidr, String address, boolean expected) {
        assertEquals(expected, contains(cidr, address));
    }

    @Test
    @DisplayName("AP12: a block names its first address and its prefix")
    void printsItself() {
        assertEquals("192.168.0.0/16", Cidr.parse("192.168.1.77/16").toString());
        assertEquals("10.0.0.0/8", Cidr.parse("::ffff:10.0.0.0/104").toString());
        assertEquals("fc00::/7", Cidr.parse("FD00::/7").toString());
        assertEquals("133.0.0.1/32", Cidr.parse("133.0.0.1").toString());
        assertEquals("255.255.255.255", Cidr.parse("0.0.0.0/0").last().toString());
    }

    @DisplayName("AP12: a text that is no address block is refused")
    @ParameterizedTest(name = "AP12: \"{0}\" is no address block")
    @ValueSource(strings = {"", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/8/8", "::/129", "::1/1a",
        "intranet", "10.0.0.0 /8x", "[::1]/128", "::ffff:0:0/64", "fe80::/10%eth0"})
    void refusesWhatIsNoBlock(String text) {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text));
    }

    @Test
    @DisplayName("AP12: the settings take comma-separated blocks; blank entries are skipped, \"none\" is no block")
    void parsesLists() {
        assertEquals(List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1/128")),
                Cidr.parseList(" 127.0.0.0/8, ::1/128 ,"));
        assertEquals(List.of(), Cidr.parseList("none"));
        assertEquals(List.of(), Cidr.parseList(" "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cidr.parseList("10.0.0.0/8,10.0.0.0/99"));
        assertTrue(e.getMessage().contains("10.0.0.0/99"), e.getMessage());
        assertFalse(Cidr.parseList("10.0.0.0/8").isEmpty());
    }
}
