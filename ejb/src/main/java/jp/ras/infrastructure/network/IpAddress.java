package jp.ras.infrastructure.network;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address as numbers, parsed without any name lookup. An IPv4-mapped IPv6 address
 * ({@code ::ffff:a.b.c.d}) is the IPv4 address it maps, so both forms of one client compare equal (AP12).
 * An IPv4 address is held in the low 32 bits of {@link #low()}; an IPv6 address in {@link #high()} and {@link #low()}
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

    /** An IPv6 address from its 128 bits; an IPv4-mapped one becomes that IPv4 address. */
    static IpAddress ipv6(long high, long low) {
        if (high == 0 && (low >>> 32) == 0xFFFFL) {
            return new IpAddress(true, 0, low & 0xFFFF_FFFFL);
        }
        return new IpAddress(false, high, low);
    }

    /** The IPv6 value as it is, also inside the IPv4-mapped block: for the bounds of IPv6 address blocks. */
    static IpAddress ipv6Bound(long high, long low) {
        return new IpAddress(false, high, low);
    }

    /**
     * Parses an address literal: dotted IPv4, or IPv6 in any RFC 4291 form (with {@code ::}, an embedded IPv4 tail,
     * a {@code %zone}, in brackets); a port after an IPv4 address ({@code 1.2.3.4:80}) or after brackets
     * ({@code [2001:db8::1]:443}) is ignored, as proxies sometimes write one. Host names are refused, never looked up.
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
        if (s.indexOf(':') >= 0) {
            return parseIpv6(s, text);
        }
        long v4 = parseIpv4(s);
        if (v4 < 0) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        return ipv4(v4);
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

    /** The dotted-quad value, or -1: four decimal parts 0–255 without leading zeros. */
    private static long parseIpv4(String s) {
        long value = 0;
        int parts = 0;
        int i = 0;
        int n = s.length();
        while (i <= n) {
            int start = i;
            int part = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                part = part * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return -1;
                }
            }
            int digits = i - start;
            if (digits == 0 || part > 255 || (digits > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | part;
            parts++;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != '.' || parts == 4) {
                return -1;
            }
            i++;
        }
        return parts == 4 ? value : -1;
    }

    private static IpAddress parseIpv6(String s, String original) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        int n = s.length();
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
        } else if (s.startsWith(":")) {
            throw new IllegalArgumentException("not an IP address: " + original);
        }
        while (i < n) {
            if (count == 8) {
                throw new IllegalArgumentException("not an IP address: " + original);
            }
            int start = i;
            int group = 0;
            while (i < n && hexDigit(s.charAt(i)) >= 0) {
                group = (group << 4) | hexDigit(s.charAt(i));
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                long v4 = parseIpv4(s.substring(start));
                if (v4 < 0 || count > 6) {
                    throw new IllegalArgumentException("not an IP address: " + original);
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                i = n;
                break;
            }
            if (i == start || i - start > 4) {
                throw new IllegalArgumentException("not an IP address: " + original);
            }
            groups[count++] = group;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                throw new IllegalArgumentException("not an IP address: " + original);
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (gap >= 0) {
                    throw new IllegalArgumentException("not an IP address: " + original);
                }
                gap = count;
                i++;
            } else if (i == n) {
                throw new IllegalArgumentException("not an IP address: " + original);
            }
        }
        if (gap < 0 ? count != 8 : count > 7) {
            throw new IllegalArgumentException("not an IP address: " + original);
        }
        int[] full = new int[8];
        if (gap < 0) {
            full = groups;
        } else {
            System.arraycopy(groups, 0, full, 0, gap);
            int tail = count - gap;
            System.arraycopy(groups, gap, full, 8 - tail, tail);
        }
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = (high << 16) | full[g];
            low = (low << 16) | full[g + 4];
        }
        return ipv6(high, low);
    }

    /** An ASCII hexadecimal digit's value, or -1 (no other scripts' digits). */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
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
        if (ipv4) {
            return (low >>> 24) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
            g[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
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
