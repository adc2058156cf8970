package jp.ras.domain.shared;

/**
 * Row ids: every entity draws from the one database sequence {@code ras_seq}, in blocks of {@link #BLOCK} that
 * EclipseLink hands out from memory. The block is large because refilling it takes a lock that every concurrent
 * insert waits on: with blocks of 50, 32 clients filing at once spent a third of their time parked there (bench/).
 * The sequence's INCREMENT BY must equal the block (V10); ids skip what a stopped server had not used.
 */
public final class Ids {

    public static final String SEQUENCE = "ras_seq";

    public static final int BLOCK = 1000;

    private Ids() {
    }
}
