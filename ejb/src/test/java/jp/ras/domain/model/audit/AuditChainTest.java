package jp.ras.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    /** Five entries chained as AuditTrail chains them, read back as the verification reads them. */
    private static List<AuditChain.Link> chain(int n) {
        List<AuditChain.Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = Instant.parse("2026-12-06T01:00:00.123456789Z").plusSeconds(i);
            String hash = AuditChain.hash(previous, i, at, "SUP000000" + i, "SUPERVISOR", "LOGIN_SUCCESS",
                    "account:" + i, "127.0.0.1", null);
            // read back from the database: to the microsecond
            links.add(new AuditChain.Link(100 + i, (long) i, previous, hash, AuditChain.stored(at), "SUP000000" + i,
                    "SUPERVISOR", "LOGIN_SUCCESS", "account:" + i, "127.0.0.1", null));
            previous = hash;
        }
        return links;
    }

    private static Optional<AuditChain.Break> verify(List<AuditChain.Link> links, long headSeq, String headHash) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        links.forEach(verifier::accept);
        return verifier.end(headSeq, headHash);
    }

    @Test
    @DisplayName("SE1 audit chain: an untouched chain verifies, its head being the last entry")
    void intactChain() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        links.forEach(verifier::accept);
        assertTrue(verifier.end(5, links.get(4).entryHash()).isEmpty());
        assertEquals(5, verifier.checked());
    }

    @Test
    @DisplayName("SE1 audit chain: a changed column of one entry is found at that entry")
    void changedEntry() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Link third = links.get(2);
        links.set(2, new AuditChain.Link(third.id(), third.seq(), third.previousHash(), third.entryHash(),
                third.occurredAt(), "SUP0000009", third.actorRole(), third.action(), third.target(),
                third.sourceIp(), third.detail()));
        AuditChain.Break broken = verify(links, 5, links.get(4).entryHash()).orElseThrow();
        assertEquals(3, broken.seq());
        assertEquals(third.id(), broken.id());
        assertEquals(AuditChain.Reason.CHANGED, broken.reason());
    }

    @Test
    @DisplayName("SE1 audit chain: a changed hash that is recomputed still breaks the next link")
    void rehashedEntry() {
        List<AuditChain.Link> links = chain(5);
        AuditChain.Link second = links.get(1);
        String forged = AuditChain.hash(second.previousHash(), 2, second.occurredAt(), "someone else",
                second.actorRole(), second.action(), second.target(), second.sourceIp(), second.detail());
        links.set(1, new AuditChain.Link(second.id(), 2L, second.previousHash(), forged, second.occurredAt(),
                "someone else", second.actorRole(), second.action(), second.target(), second.sourceIp(),
                second.detail()));
        AuditChain.Break broken = verify(links, 5, links.get(4).entryHash()).orElseThrow();
        assertEquals(3, broken.seq(), "entry 3 no longer follows entry 2");
    }

    @Test
    @DisplayName("SE1 audit chain: a deleted entry is found as missing, and so are deleted last entries")
    void deletedEntries() {
        List<AuditChain.Link> links = chain(5);
        String headHash = links.get(4).entryHash();
        List<AuditChain.Link> middle = new ArrayList<>(links);
        middle.remove(3);
        AuditChain.Break broken = verify(middle, 5, headHash).orElseThrow();
        assertEquals(4, broken.seq());
        assertNull(broken.id());
        assertEquals(AuditChain.Reason.MISSING, broken.reason());

        List<AuditChain.Link> tail = new ArrayList<>(links.subList(0, 3));
        broken = verify(tail, 5, headHash).orElseThrow();
        assertEquals(4, broken.seq());
        assertEquals(AuditChain.Reason.TRUNCATED, broken.reason());
    }

    @Test
    @DisplayName("SE1 audit chain: an entry inserted without a place in the chain is found")
    void insertedEntry() {
        List<AuditChain.Link> links = chain(3);
        links.add(new AuditChain.Link(999, null, null, null, Instant.now(), "x", null, "LOGIN_SUCCESS", null, null,
                null));
        AuditChain.Break broken = verify(links, 3, links.get(2).entryHash()).orElseThrow();
        assertEquals(AuditChain.Reason.OUTSIDE, broken.reason());
        assertEquals(999, broken.id());
    }
}
