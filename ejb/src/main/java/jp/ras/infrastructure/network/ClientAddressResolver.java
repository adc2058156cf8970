package jp.ras.infrastructure.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the client's address of a request (AP12, SE1): the connection's peer address, unless the peer is one of the
 * trusted proxies; then the right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy (each
 * proxy appends the address it received the request from, so everything left of that entry was written by the
 * client and proves nothing). With no trusted proxies configured the header is never read.
 */
public final class ClientAddressResolver {

    /** The audit trail's column width for the address. */
    static final int MAX_TEXT = 64;

    private final AddressRanges trustedProxies;

    public ClientAddressResolver(AddressRanges trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /**
     * @param peer the connection's address ({@code ServletRequest.getRemoteAddr()})
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order (empty when none)
     */
    public ResolvedAddress resolve(String peer, List<String> forwardedFor) {
        ResolvedAddress connection = ResolvedAddress.of(peer, true);
        if (trustedProxies.isEmpty() || connection.address() == null || forwardedFor.isEmpty()
                || !trustedProxies.contains(connection.address())) {
            return connection;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        ResolvedAddress resolved = connection;
        for (int i = hops.size() - 1; i >= 0; i--) {
            resolved = ResolvedAddress.of(hops.get(i), false);
            if (resolved.address() == null || !trustedProxies.contains(resolved.address())) {
                return resolved;
            }
        }
        return resolved;
    }

    /**
     * A client address as text (canonical when it is an address) and as an address, which is {@code null} when a
     * trusted proxy passed on something else (such as {@code unknown}); such a client is not known to be in Japan.
     * {@code peer} tells whether it is the connection's own address rather than one a proxy named.
     */
    public record ResolvedAddress(String text, IpAddress address, boolean peer) {

        static ResolvedAddress of(String text, boolean peer) {
            IpAddress address = IpAddress.tryParse(text).orElse(null);
            if (address != null) {
                return new ResolvedAddress(address.toString(), address, peer);
            }
            String raw = text == null ? "" : text.strip();
            return new ResolvedAddress(raw.length() <= MAX_TEXT ? raw : raw.substring(0, MAX_TEXT), null, peer);
        }
    }
}
