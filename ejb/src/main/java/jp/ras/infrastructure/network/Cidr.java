package jp.ras.infrastructure.network;

import java.util.ArrayList;
import java.util.List;

/**
 * An address block in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}); a bare address is a block of one.
 * Host bits below the prefix are ignored ({@code 192.168.1.1/16} is {@code 192.168.0.0/16}). An IPv4-mapped IPv6
 * block of prefix 96 or more ({@code ::ffff:10.0.0.0/104}) is the IPv4 block it maps, as addresses are.
 */
public final class Cidr {

    private final IpAddress first;
    private final IpAddress last;
    private final int prefix;

    private Cidr(IpAddress first, IpAddress last, int prefix) {
        this.first = first;
        this.last = last;
        this.prefix = prefix;
    }

    /** @throws IllegalArgumentException when the text is no address block */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no address block");
        }
        String s = text.strip();
        int slash = s.indexOf('/');
        String addressPart = slash < 0 ? s : s.substring(0, slash);
        if (addressPart.startsWith("[") || addressPart.indexOf('%') >= 0) {
            throw new IllegalArgumentException("not an address block: " + text);
        }
        IpAddress address;
        try {
            address = IpAddress.parse(addressPart);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an address block: " + text, e);
        }
        boolean writtenAsIpv6 = addressPart.indexOf(':') >= 0;
        int bits = writtenAsIpv6 ? 128 : 32;
        int prefix = bits;
        if (slash >= 0) {
            String length = s.substring(slash + 1);
            if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not an address block: " + text);
            }
            prefix = Integer.parseInt(length);
            if (prefix > bits) {
                throw new IllegalArgumentException("prefix longer than the address in " + text);
            }
        }
        if (writtenAsIpv6 && address.isIpv4()) {
            if (prefix < 96) {
                throw new IllegalArgumentException("an IPv4-mapped block needs a prefix of 96 or more (write it as"
                        + " IPv4): " + text);
            }
            prefix -= 96;
        }
        return address.isIpv4() ? ipv4(address.low(), prefix) : ipv6(address.high(), address.low(), prefix);
    }

    /**
     * A comma-separated list of blocks, as the settings take them; {@code none} is the empty list.
     *
     * @throws IllegalArgumentException naming the first entry that is no address block
     */
    public static List<Cidr> parseList(String text) {
        List<Cidr> blocks = new ArrayList<>();
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("none")) {
            return blocks;
        }
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                blocks.add(parse(entry));
            }
        }
        return blocks;
    }

    private static Cidr ipv4(long value, int prefix) {
        long hostMask = prefix == 0 ? 0xFFFF_FFFFL : (1L << (32 - prefix)) - 1;
        return new Cidr(IpAddress.ipv4(value & ~hostMask), IpAddress.ipv4(value | hostMask), prefix);
    }

    private static Cidr ipv6(long high, long low, int prefix) {
        long highHostMask = prefix >= 64 ? 0 : prefix == 0 ? -1L : -1L >>> prefix;
        long lowHostMask = prefix <= 64 ? -1L : prefix == 128 ? 0 : -1L >>> (prefix - 64);
        return new Cidr(IpAddress.ipv6Bound(high & ~highHostMask, low & ~lowHostMask),
                IpAddress.ipv6Bound(high | highHostMask, low | lowHostMask), prefix);
    }

    /** The block's lowest address. */
    public IpAddress first() {
        return first;
    }

    /** The block's highest address. */
    public IpAddress last() {
        return last;
    }

    public boolean contains(IpAddress address) {
        if (address.isIpv4() != first.isIpv4()) {
            return false;
        }
        if (address.isIpv4()) {
            return address.low() >= first.low() && address.low() <= last.low();
        }
        return AddressRanges.compare(address.high(), address.low(), first.high(), first.low()) >= 0
                && AddressRanges.compare(address.high(), address.low(), last.high(), last.low()) <= 0;
    }

    @Override
    public String toString() {
        return first + "/" + prefix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr that && first.equals(that.first) && prefix == that.prefix;
    }

    @Override
    public int hashCode() {
        return first.hashCode() * 31 + prefix;
    }
}
