package jp.ras.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail as one hash chain (issue 18): entry n carries the SHA-256 of entry n-1 and its own hash over that
 * and its content, so changing, deleting or inserting a row anywhere breaks a link that {@link Verifier} finds. One
 * chain for the whole trail, not one per day: a day's chain could be deleted whole without a trace, and the chain
 * head is a single row every writer locks, which also orders the entries of several instances writing at once.
 */
public final class AuditChain {

    /** The hash "before" the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Instants are kept to the microsecond, as both databases store them, so a hash survives the round trip. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The hash of an entry: SHA-256 over the previous hash, its place in the chain and every column, each written
     * with its length so that no two contents give the same input.
     */
    public static String hash(String previous, long seq, Instant occurredAt, String actor, String actorRole,
            String action, String target, String sourceIp, String detail) {
        StringBuilder in = new StringBuilder(256);
        for (String part : new String[] {previous, Long.toString(seq), stored(occurredAt).toString(), actor,
                actorRole, action, target, sourceIp, detail}) {
            if (part == null) {
                in.append("-1:");
            } else {
                in.append(part.length()).append(':').append(part);
            }
            in.append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One stored entry as read back for verification (chain fields null for a row written outside the chain). */
    public record Link(long id, Long seq, String previousHash, String entryHash, Instant occurredAt, String actor,
            String actorRole, String action, String target, String sourceIp, String detail) {
    }

    /** The first broken link: the place in the chain and the row (null when the row is missing). */
    public record Break(long seq, Long id, Reason reason) implements java.io.Serializable {
    }

    public enum Reason {
        /** A row's content or hash differs from what was chained. */
        CHANGED,
        /** A place in the chain has no row (deleted), or a row sits out of place. */
        MISSING,
        /** A row carries no place in the chain (inserted around it). */
        OUTSIDE,
        /** The chain ends before its head says (the last rows deleted). */
        TRUNCATED
    }

    /**
     * Walks the chain in order of place: feed every row, those outside the chain included, ordered by place (rows
     * without one last), then ask {@link #end} with the head. Stops at the first break.
     */
    public static final class Verifier {
        private long expected = 1;
        private String previous = GENESIS;
        private Break broken;
        private long checked;

        /** Returns false once the chain is broken (there is no need to feed more). */
        public boolean accept(Link link) {
            if (broken != null) {
                return false;
            }
            if (link.seq() == null) {
                broken = new Break(expected, link.id(), Reason.OUTSIDE);
            } else if (link.seq() != expected) {
                broken = new Break(expected, link.seq() > expected ? null : link.id(), Reason.MISSING);
            } else if (!Objects.equals(link.previousHash(), previous)
                    || !hash(previous, expected, link.occurredAt(), link.actor(), link.actorRole(), link.action(),
                            link.target(), link.sourceIp(), link.detail()).equals(link.entryHash())) {
                broken = new Break(expected, link.id(), Reason.CHANGED);
            } else {
                previous = link.entryHash();
                expected++;
                checked++;
            }
            return broken == null;
        }

        /** The first break, after the last row: the head's place and hash must be the last row's. */
        public Optional<Break> end(long headSeq, String headHash) {
            if (broken == null && (headSeq != expected - 1 || !Objects.equals(headHash, previous))) {
                broken = new Break(Math.min(expected, headSeq), null,
                        headSeq > expected - 1 ? Reason.TRUNCATED : Reason.MISSING);
            }
            return Optional.ofNullable(broken);
        }

        public long checked() {
            return checked;
        }
    }
}
