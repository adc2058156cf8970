package jp.ras.infrastructure.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AddressRangesTest {

    private static AddressRanges read(String text) {
        return AddressRanges.read(new BufferedReader(new StringReader(text)), "test.csv");
    }

    private static boolean contains(AddressRanges ranges, String address) {
        return ranges.contains(IpAddress.parse(address));
    }

    @Test
    @DisplayName("AP12: ranges are inclusive at both ends; addresses between and around them are outside")
    void inclusiveBounds() {
        AddressRanges ranges = read("""
                # a comment
                10.0.0.0,10.0.0.255

                10.0.2.0,10.0.2.9
                2001:db8::,2001:db8::ff
                2001:db8:0:1::,2001:db8:0:1:ffff:ffff:ffff:ffff
                """);
        for (String inside : List.of("10.0.0.0", "10.0.0.255", "10.0.2.0", "10.0.2.9", "2001:db8::",
                "2001:db8::ff", "2001:db8:0:1::", "2001:db8:0:1:ffff:ffff:ffff:ffff", "::ffff:10.0.2.5")) {
            assertTrue(contains(ranges, inside), inside);
        }
        for (String outside : List.of("0.0.0.0", "9.255.255.255", "10.0.1.0", "10.0.2.10", "255.255.255.255",
                "::", "2001:db8::100", "2001:db8:0:2::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "::a00:0")) {
            assertFalse(contains(ranges, outside), outside);
        }
    }

    @Test
    @DisplayName("AP12: overlapping and adjacent ranges are merged, in any order; separate ones are kept")
    void mergesAdjacentRanges() {
        AddressRanges ranges = read("""
                10.0.1.0,10.0.1.255
                10.0.0.0,10.0.0.255
                10.0.0.128,10.0.0.130
                10.0.3.0,10.0.3.0
                2001:db8::1:0,2001:db8::1:ffff
                2001:db8::,2001:db8::ffff
                2001:db8:0:0:ffff:ffff:ffff:ffff,2001:db8:0:1::
                2001:db8:0:0:8000::,2001:db8:0:0:ffff:ffff:ffff:fffe
                """);
        assertEquals(2, ranges.ipv4Ranges());
        assertEquals(2, ranges.ipv6Ranges(), "the carry from the low to the high half counts as adjacent");
        assertTrue(contains(ranges, "10.0.1.255"));
        assertFalse(contains(ranges, "10.0.2.0"));
        assertTrue(contains(ranges, "2001:db8::1:ffff"));
        assertTrue(contains(ranges, "2001:db8:0:1::"));
        assertFalse(contains(ranges, "2001:db8::2:0"));
    }

    @Test
    @DisplayName("AP12: the whole address space and the empty set behave at the extremes")
    void extremes() {
        AddressRanges all = AddressRanges.of(List.of(Cidr.parse("0.0.0.0/0"), Cidr.parse("::/0")));
        assertTrue(contains(all, "0.0.0.0"));
        assertTrue(contains(all, "255.255.255.255"));
        assertTrue(contains(all, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertTrue(contains(all, "8000::"));
        assertTrue(AddressRanges.empty().isEmpty());
        assertFalse(contains(AddressRanges.empty(), "127.0.0.1"));
        assertFalse(contains(AddressRanges.empty(), "::1"));
    }

    @Test
    @DisplayName("AP12: a bad row is refused with its line number")
    void badRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("10.0.0.0,10.0.0.255\n10.0.1.0\n"));
        assertTrue(e.getMessage().startsWith("test.csv line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read("10.0.0.9,10.0.0.1\n"));
        assertThrows(IllegalArgumentException.class, () -> read("10.0.0.0,2001:db8::\n"));
        assertThrows(IllegalArgumentException.class, () -> read("2001:db8::2,2001:db8::1\n"));
    }
}
