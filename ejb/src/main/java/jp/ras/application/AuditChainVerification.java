package jp.ras.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.account.UserAccount;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.audit.AuditChain;
import jp.ras.domain.model.audit.AuditChainHead;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.mail.MailOutbox;
import jp.ras.infrastructure.persistence.AuditRepository;
import jp.ras.infrastructure.persistence.UserAccountRepository;

/**
 * Issue 18: walks the audit chain from its first entry to its head and reports the first broken link. The daily job
 * ({@code expiry-reminders}, its last step) runs it and mails every supervisor when the chain is broken; a supervisor
 * runs it from the audit screen ({@link AuditTrailService#verify}). Either way the result is itself audited. Only
 * the job and {@code AuditTrailService} reach it ({@code @PermitAll}, no caller needed; see README, Decisions).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuditChainVerification {

    private static final Logger LOG = Logger.getLogger(AuditChainVerification.class.getName());
    private static final int PAGE = 1000;

    /** The result: entries checked, and the first break when there is one. */
    public record Result(long checked, Instant at, AuditChain.Break broken) implements Serializable {
        public boolean intact() {
            return broken == null;
        }
    }

    @Inject
    private AuditRepository trail;

    @Inject
    private AuditTrail audit;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /** Verifies the chain; when it is broken, mails the supervisors. Audited. */
    public Result verifyAndWarn() {
        Result result = verify();
        if (!result.intact()) {
            LOG.severe(() -> "The audit chain is broken at entry " + result.broken().seq() + " ("
                    + result.broken().reason() + ", row " + result.broken().id() + "): supervisors are mailed");
            for (UserAccount supervisor : accounts.activeWithRole(Role.SUPERVISOR)) {
                Locale locale = supervisor.getLocale() == null ? Locale.JAPANESE : supervisor.getLocale();
                outbox.queue(supervisor.getMailAddress(), locale, "audit-chain-broken", Map.of(
                        "name", supervisor.getDisplayName(),
                        "seq", Long.toString(result.broken().seq()),
                        "reason", result.broken().reason().name(),
                        "checked", Long.toString(result.checked())));
            }
        }
        return result;
    }

    /** Verifies the chain and audits the result. */
    public Result verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        AuditChainHead head = trail.head();
        long headSeq = head.getSeq();
        String headHash = head.getHash();
        long after = 0;
        boolean going = true;
        while (going) {
            List<AuditChain.Link> page = trail.chainAfter(after, PAGE);
            for (AuditChain.Link link : page) {
                // entries written after the head was read belong to the next verification
                if (link.seq() > headSeq || !verifier.accept(link)) {
                    going = false;
                    break;
                }
                after = link.seq();
            }
            if (page.size() < PAGE) {
                going = false;
            }
            trail.clear();
        }
        Optional<AuditChain.Link> outside = trail.firstOutsideChain();
        outside.ifPresent(verifier::accept);
        Optional<AuditChain.Break> broken = verifier.end(headSeq, headHash);
        Result result = new Result(verifier.checked(), clock.instant(), broken.orElse(null));
        audit.record(AuditAction.AUDIT_CHAIN_VERIFIED, "audit-chain", result.intact()
                ? "intact: " + result.checked() + " entries"
                : "broken at " + result.broken().seq() + " (" + result.broken().reason() + ", row "
                        + result.broken().id() + ") after " + result.checked() + " entries");
        return result;
    }
}
