package jp.ras.infrastructure.network;

/**
 * AP12: who may use RAS from where. A client must be in Japan's address ranges or in the configured allowed blocks;
 * the intranet additionally requires one of the intranet blocks. An address that is not known counts as abroad.
 * A connection from the server's own machine over one of its other addresses (peer address = local address, as when
 * a tool on the host calls the host's announced address) may also pass as loopback, which it is in all but the
 * interface.
 */
public final class AccessPolicy {

    /** The outcome of a check, the most permissive first. */
    public enum Verdict {
        ALLOWED,
        /** An intranet page asked from outside the intranet blocks. */
        OUTSIDE_INTRANET,
        /** Neither in Japan's ranges nor in the allowed blocks. */
        ABROAD
    }

    private static final IpAddress LOOPBACK_IPV4 = IpAddress.parse("127.0.0.1");
    private static final IpAddress LOOPBACK_IPV6 = IpAddress.parse("::1");

    private final AddressRanges japan;
    private final AddressRanges allowed;
    private final AddressRanges intranet;

    public AccessPolicy(AddressRanges japan, AddressRanges allowed, AddressRanges intranet) {
        this.japan = japan;
        this.allowed = allowed;
        this.intranet = intranet;
    }

    /**
     * @param client the client's address, {@code null} when not known
     * @param fromThisHost whether the connection comes from the server's own machine (its peer address is the
     *     address it arrived on); then loopback's verdict counts too
     * @param intranetPage whether the request is for the intranet ({@code /officer/*})
     */
    public Verdict check(IpAddress client, boolean fromThisHost, boolean intranetPage) {
        Verdict verdict = check(client, intranetPage);
        if (verdict == Verdict.ALLOWED || client == null || !fromThisHost) {
            return verdict;
        }
        Verdict asLoopback = check(client.isIpv4() ? LOOPBACK_IPV4 : LOOPBACK_IPV6, intranetPage);
        return asLoopback.ordinal() < verdict.ordinal() ? asLoopback : verdict;
    }

    private Verdict check(IpAddress client, boolean intranetPage) {
        if (client == null || !(japan.contains(client) || allowed.contains(client))) {
            return Verdict.ABROAD;
        }
        if (intranetPage && !intranet.contains(client)) {
            return Verdict.OUTSIDE_INTRANET;
        }
        return Verdict.ALLOWED;
    }
}
