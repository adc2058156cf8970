package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.application.EligibleStatus;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.infrastructure.audit.AuditTrail;
import jp.ras.infrastructure.persistence.ResidenceApplicationRepository;

/** AP2: the table of statuses of residence that may be extended online, which supervisors edit. */
@Stateless
public class EligibilityService {

    @Inject
    private ResidenceApplicationRepository applications;

    @Inject
    private AuditTrail audit;

    public record Entry(String status, boolean hasPeriod, boolean eligible) implements Serializable {
    }

    @RolesAllowed({Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public List<Entry> table() {
        return applications.eligibility().stream()
                .map(e -> new Entry(e.getStatus(), e.isHasPeriod(), e.isEligible())).toList();
    }

    /** AP2: the statuses of residence that may be extended online now (the bulk-filing template's list, B1). */
    @RolesAllowed({Role.ORG_USER_NAME, Role.AGENT_NAME, Role.OFFICER_NAME, Role.SUPERVISOR_NAME})
    public List<String> eligibleStatuses() {
        return applications.eligibility().stream().filter(EligibleStatus::isEligible).map(EligibleStatus::getStatus)
                .toList();
    }

    /** AP2: a supervisor opens or closes a status to online filing; a status without a period never opens. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public void setEligible(String status, boolean eligible) {
        EligibleStatus entry = applications.eligibleStatus(status)
                .orElseThrow(() -> new NotFoundException("status " + status));
        if (eligible && !entry.isHasPeriod()) {
            throw RuleViolationException.of("status", "statusNoPeriod", "AP2");
        }
        entry.setEligible(eligible);
        audit.record(AuditAction.ELIGIBILITY_CHANGED, "status:" + status, eligible ? "eligible" : "not eligible");
    }
}
