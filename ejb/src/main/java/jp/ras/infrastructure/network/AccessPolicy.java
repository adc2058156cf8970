package jp.ras.infrastructure.network;

/**
 * AP12: who may use RAS from where. A client must be in Japan's address ranges or in the configured allowed blocks;
 * the intranet additionally requires one of the intranet blocks. An address that is not known counts as abroad.
 */
public final class AccessPolicy {

    /** The outcome of a check. */
    public enum Verdict {
        ALLOWED,
        /** Neither in Japan's ranges nor in the allowed blocks. */
        ABROAD,
        /** An intranet page asked from outside the intranet blocks. */
        OUTSIDE_INTRANET
    }

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
     * @param intranetPage whether the request is for the intranet ({@code /officer/*})
     */
    public Verdict check(IpAddress client, boolean intranetPage) {
        if (client == null || !(japan.contains(client) || allowed.contains(client))) {
            return Verdict.ABROAD;
        }
        if (intranetPage && !intranet.contains(client)) {
            return Verdict.OUTSIDE_INTRANET;
        }
        return Verdict.ALLOWED;
    }
}
