package jp.ras.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.network.AccessPolicy.Verdict;

/** AP12, SE1: a login refused for its address is audited with that address and the authentication ID it named. */
@ApplicationScoped
public class RefusedLoginAudit {

    /** The audit trail's actor and target columns are at most this long. */
    private static final int MAX_ID = 64;

    @Inject
    private AuditTrail audit;

    @Transactional
    public void record(String authId, Verdict verdict) {
        String id = authId == null || authId.length() <= MAX_ID ? authId : authId.substring(0, MAX_ID);
        audit.recordFor(id, null, AuditAction.ACCESS_REFUSED_ABROAD, id,
                verdict == Verdict.OUTSIDE_INTRANET ? "outside the intranet" : "address outside Japan");
    }
}
