package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.infrastructure.audit.AuditTrail;

/**
 * The audit entry of a supervisor's start or restart of a batch job ({@code BatchJobs} in ras-batch.jar), in the
 * caller's transaction. A session bean of this module so that the entry is written in this module's context, where
 * the persistence unit is: on Payara Server a CDI bean's entity manager is resolved in the module of the component
 * that calls it, and ras-batch.jar has no persistence unit (see README, Decisions).
 */
@Stateless
@RolesAllowed(Role.SUPERVISOR_NAME)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BatchJobAudit {

    @Inject
    private AuditTrail audit;

    /** Records the action of the calling supervisor. */
    public void record(AuditAction action, String target, String detail) {
        audit.record(action, target, detail);
    }
}
