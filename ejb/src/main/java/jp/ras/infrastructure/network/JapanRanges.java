package jp.ras.infrastructure.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Japan's IPv4 and IPv6 address ranges as RAS ships them (AP12): {@code jp-ranges-ipv4.csv} and
 * {@code jp-ranges-ipv6.csv} beside this class, made by {@code ops/refresh-jp-ranges.sh} from the JP rows of the
 * npm package {@code @ip-location-db/geo-whois-asn-country}. Their first comment lines name source, version,
 * licence and date.
 */
public final class JapanRanges {

    static final String IPV4 = "jp-ranges-ipv4.csv";
    static final String IPV6 = "jp-ranges-ipv6.csv";

    private final AddressRanges ranges;
    private final List<String> provenance;

    private JapanRanges(AddressRanges ranges, List<String> provenance) {
        this.ranges = ranges;
        this.provenance = List.copyOf(provenance);
    }

    /**
     * Reads both files from the class path.
     *
     * @throws IllegalStateException when a file is missing, broken or empty
     */
    public static JapanRanges load() {
        AddressRanges.Builder builder = new AddressRanges.Builder();
        List<String> provenance = new ArrayList<>();
        for (String file : List.of(IPV4, IPV6)) {
            try (InputStream in = JapanRanges.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("AP12: " + file + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String> comments = new ArrayList<>();
                reader.mark(8192);
                for (String line = reader.readLine(); line != null && line.startsWith("#"); line = reader.readLine()) {
                    comments.add(line.substring(1).strip());
                }
                reader.reset();
                comments.stream().filter(c -> c.startsWith("Source:") || c.startsWith("Date:"))
                        .forEach(provenance::add);
                if (AddressRanges.readInto(reader, file, builder) == 0) {
                    throw new IllegalStateException("AP12: " + file + " holds no ranges");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("AP12: " + e.getMessage(), e);
            }
        }
        return new JapanRanges(builder.build(), provenance);
    }

    public AddressRanges ranges() {
        return ranges;
    }

    public boolean contains(IpAddress address) {
        return ranges.contains(address);
    }

    /** The files' Source and Date comment lines. */
    public List<String> provenance() {
        return provenance;
    }

    /** For the log: how many ranges, from which package version and of which date. */
    public String describe() {
        String source = provenance.stream().filter(p -> p.startsWith("Source:")).findFirst().orElse("Source: ?");
        String date = provenance.stream().filter(p -> p.startsWith("Date:")).findFirst().orElse("Date: ?");
        return ranges.ipv4Ranges() + " IPv4 and " + ranges.ipv6Ranges() + " IPv6 ranges; "
                + source.replaceFirst(", file .*", "") + "; " + date.replaceFirst("\\. Regenerate .*", "");
    }
}
