package jp.ras.infrastructure.network;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as numbers, so that ranges of them sort and compare ({@link AddressRanges}); the literal is
 * parsed by Guava's {@link InetAddresses}, which never looks a name up. An IPv4-mapped IPv6 address
 * ({@code ::ffff:a.b.c.d}) is the IPv4 address it maps, so both forms of one client compare equal (AP12). An IPv4
 * address is held in the low 32 bits of {@link #low()}; an IPv6 address in {@link #high()} and {@link #low()}
 * (unsigned).
 */
public final class IpAddress {

    private final boolean ipv4;
    private final long high;
    private final long low;

    private IpAddress(boolean ipv4, long high, long low) {
        this.ipv4 = ipv4;
        this.high = high;
        this.low = low;
    }

    static IpAddress ipv4(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not a 32-bit value: " + value);
        }
        return new IpAddress(true, 0, value);
    }

    /** The IPv6 value as it is, also inside the IPv4-mapped block: for the bounds of IPv6 address blocks. */
    static IpAddress ipv6Bound(long high, long low) {
        return new IpAddress(false, high, low);
    }

    /**
     * Parses an address literal: dotted IPv4 (four decimal parts without leading zeros), or IPv6 in any RFC 4291
     * form (with {@code ::}, an embedded IPv4 tail, a {@code %zone}, in brackets); a port after an IPv4 address
     * ({@code 1.2.3.4:80}) or after brackets ({@code [2001:db8::1]:443}) is ignored, as proxies sometimes write one.
     * Host names are refused, never looked up; so are digits of other scripts than ASCII.
     *
     * @throws IllegalArgumentException when the text is no address
     */
    public static IpAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no address");
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || !(close == s.length() - 1 || isPort(s, close + 1))) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
            s = s.substring(1, close);
        } else {
            int colon = s.indexOf(':');
            if (colon >= 0 && s.indexOf(':', colon + 1) < 0 && s.indexOf('.') >= 0 && isPort(s, colon)) {
                s = s.substring(0, colon);
            }
        }
        int zone = s.indexOf('%');
        if (zone >= 0 && s.indexOf(':') >= 0) {
            s = s.substring(0, zone);
        }
        if (!s.chars().allMatch(c -> c < 0x80) || !InetAddresses.isInetAddress(s)) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        InetAddress address = InetAddresses.forString(s); // an IPv4-mapped address comes as an Inet4Address
        ByteBuffer bytes = ByteBuffer.wrap(address.getAddress());
        if (address instanceof Inet4Address) {
            return ipv4(Integer.toUnsignedLong(bytes.getInt()));
        }
        return ipv6Bound(bytes.getLong(), bytes.getLong());
    }

    /** The address, or empty when the text is none. */
    public static Optional<IpAddress> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isPort(String s, int colon) {
        if (colon >= s.length() - 1 || s.charAt(colon) != ':' || s.length() - colon - 1 > 5) {
            return false;
        }
        for (int i = colon + 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean isIpv4() {
        return ipv4;
    }

    /** The upper 64 bits of an IPv6 address; 0 for IPv4. */
    public long high() {
        return high;
    }

    /** The lower 64 bits of an IPv6 address, or the IPv4 address (0 to 2³²−1). */
    public long low() {
        return low;
    }

    /** Dotted IPv4, or IPv6 in the RFC 5952 form ({@code 2001:db8::1}). */
    @Override
    public String toString() {
        try {
            if (ipv4) {
                return InetAddresses.toAddrString(
                        InetAddress.getByAddress(ByteBuffer.allocate(4).putInt((int) low).array()));
            }
            // not InetAddress.getByAddress, which would make an IPv4-mapped bound an IPv4 address
            return InetAddresses.toAddrString(
                    Inet6Address.getByAddress(null, ByteBuffer.allocate(16).putLong(high).putLong(low).array(), -1));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a wrong number of bytes
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress that && ipv4 == that.ipv4 && high == that.high && low == that.low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high) * 31 + Long.hashCode(low) + (ipv4 ? 1 : 0);
    }
}
