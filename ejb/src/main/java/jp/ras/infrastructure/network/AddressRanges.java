package jp.ras.infrastructure.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A set of IPv4 and IPv6 addresses as sorted, merged, inclusive ranges held in primitive arrays; {@link #contains}
 * is a binary search (AP12). Immutable and thread-safe once built.
 */
public final class AddressRanges {

    private static final AddressRanges EMPTY = new Builder().build();

    private final long[] v4Start;
    private final long[] v4End;
    private final long[] v6StartHigh;
    private final long[] v6StartLow;
    private final long[] v6EndHigh;
    private final long[] v6EndLow;

    private AddressRanges(long[] v4Start, long[] v4End, long[] v6StartHigh, long[] v6StartLow, long[] v6EndHigh,
            long[] v6EndLow) {
        this.v4Start = v4Start;
        this.v4End = v4End;
        this.v6StartHigh = v6StartHigh;
        this.v6StartLow = v6StartLow;
        this.v6EndHigh = v6EndHigh;
        this.v6EndLow = v6EndLow;
    }

    public static AddressRanges empty() {
        return EMPTY;
    }

    public static AddressRanges of(Collection<Cidr> blocks) {
        Builder builder = new Builder();
        blocks.forEach(builder::add);
        return builder.build();
    }

    /**
     * Reads {@code start,end} lines (inclusive, IPv4 or IPv6, any order); blank lines and lines starting with
     * {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the source and line of a bad row
     */
    public static AddressRanges read(BufferedReader reader, String source) {
        Builder builder = new Builder();
        readInto(reader, source, builder);
        return builder.build();
    }

    /** Adds the rows of {@link #read}'s format to a builder; returns how many rows it added. */
    static int readInto(BufferedReader reader, String source, Builder builder) {
        int number = 0;
        int rows = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                int comma = row.indexOf(',');
                try {
                    if (comma < 0) {
                        throw new IllegalArgumentException("expected start,end");
                    }
                    builder.add(IpAddress.parse(row.substring(0, comma)), IpAddress.parse(row.substring(comma + 1)));
                    rows++;
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source, e);
        }
        return rows;
    }

    /** Compares two unsigned 128-bit values given as high and low halves. */
    static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int byHigh = Long.compareUnsigned(aHigh, bHigh);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(aLow, bLow);
    }

    public boolean contains(IpAddress address) {
        return address.isIpv4() ? containsIpv4(address.low()) : containsIpv6(address.high(), address.low());
    }

    private boolean containsIpv4(long value) {
        int lo = 0;
        int hi = v4Start.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (v4Start[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && value <= v4End[hi];
    }

    private boolean containsIpv6(long high, long low) {
        int lo = 0;
        int hi = v6StartHigh.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(v6StartHigh[mid], v6StartLow[mid], high, low) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi >= 0 && compare(high, low, v6EndHigh[hi], v6EndLow[hi]) <= 0;
    }

    /** How many merged IPv4 ranges the set holds. */
    public int ipv4Ranges() {
        return v4Start.length;
    }

    /** How many merged IPv6 ranges the set holds. */
    public int ipv6Ranges() {
        return v6StartHigh.length;
    }

    public boolean isEmpty() {
        return v4Start.length == 0 && v6StartHigh.length == 0;
    }

    @Override
    public String toString() {
        return "AddressRanges[" + ipv4Ranges() + " IPv4, " + ipv6Ranges() + " IPv6]";
    }

    /** Collects ranges in any order; {@link #build()} sorts them and merges overlapping and adjacent ones. */
    public static final class Builder {

        private final List<long[]> v4 = new ArrayList<>();
        private final List<long[]> v6 = new ArrayList<>();

        public Builder add(Cidr block) {
            return add(block.first(), block.last());
        }

        /** @throws IllegalArgumentException when the ends differ in family or the range ends before it starts */
        public Builder add(IpAddress start, IpAddress end) {
            if (start.isIpv4() != end.isIpv4()) {
                throw new IllegalArgumentException("range mixes IPv4 and IPv6: " + start + "," + end);
            }
            if (start.isIpv4()) {
                if (end.low() < start.low()) {
                    throw new IllegalArgumentException("range ends before it starts: " + start + "," + end);
                }
                v4.add(new long[] {start.low(), end.low()});
            } else {
                if (compare(end.high(), end.low(), start.high(), start.low()) < 0) {
                    throw new IllegalArgumentException("range ends before it starts: " + start + "," + end);
                }
                v6.add(new long[] {start.high(), start.low(), end.high(), end.low()});
            }
            return this;
        }

        public AddressRanges build() {
            v4.sort(Comparator.comparingLong(r -> r[0]));
            List<long[]> merged4 = new ArrayList<>();
            for (long[] r : v4) {
                long[] last = merged4.isEmpty() ? null : merged4.get(merged4.size() - 1);
                if (last != null && r[0] <= last[1] + 1) {
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged4.add(r.clone());
                }
            }
            v6.sort((a, b) -> compare(a[0], a[1], b[0], b[1]));
            List<long[]> merged6 = new ArrayList<>();
            for (long[] r : v6) {
                long[] last = merged6.isEmpty() ? null : merged6.get(merged6.size() - 1);
                if (last != null && startsWithinOrRightAfter(r, last)) {
                    if (compare(r[2], r[3], last[2], last[3]) > 0) {
                        last[2] = r[2];
                        last[3] = r[3];
                    }
                } else {
                    merged6.add(r.clone());
                }
            }
            return new AddressRanges(
                    merged4.stream().mapToLong(r -> r[0]).toArray(), merged4.stream().mapToLong(r -> r[1]).toArray(),
                    merged6.stream().mapToLong(r -> r[0]).toArray(), merged6.stream().mapToLong(r -> r[1]).toArray(),
                    merged6.stream().mapToLong(r -> r[2]).toArray(), merged6.stream().mapToLong(r -> r[3]).toArray());
        }

        /** Whether range {@code r} starts at most one address after {@code last} ends (128-bit, no overflow). */
        private static boolean startsWithinOrRightAfter(long[] r, long[] last) {
            if (compare(r[0], r[1], last[2], last[3]) <= 0) {
                return true;
            }
            long nextLow = last[3] + 1;
            long nextHigh = nextLow == 0 ? last[2] + 1 : last[2];
            return r[0] == nextHigh && r[1] == nextLow;
        }
    }
}
