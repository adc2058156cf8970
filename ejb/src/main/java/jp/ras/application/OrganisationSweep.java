package jp.ras.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.ras.domain.model.account.Role;
import jp.ras.domain.model.audit.AuditAction;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.shared.JapanTime;
import jp.ras.infrastructure.audit.AuditTrail;

/**
 * PR5, PR7: every Japan morning, organisations past their expiry without an approved periodic report are
 * suspended and their users told. (The batch module's partitioned sweep takes this over for large volumes.)
 */
@Singleton
public class OrganisationSweep {

    private static final Logger LOG = Logger.getLogger(OrganisationSweep.class.getName());

    @PersistenceContext(unitName = "ras")
    private EntityManager em;

    @Inject
    private OrganisationMail mail;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Schedule(hour = "0", minute = "5", timezone = "Asia/Tokyo", persistent = false)
    void daily() {
        int suspended = sweep();
        if (suspended > 0) {
            LOG.info(() -> "PR5: suspended " + suspended + " organisations past their expiry");
        }
    }

    /** A supervisor runs the sweep now. Returns how many organisations it suspended. */
    @RolesAllowed(Role.SUPERVISOR_NAME)
    public int suspendExpiredNow() {
        return sweep();
    }

    private int sweep() {
        LocalDate today = JapanTime.today(clock);
        List<Organisation> expired = em.createQuery("select o from Organisation o where o.state = :active"
                        + " and o.validUntil < :today", Organisation.class)
                .setParameter("active", OrganisationState.ACTIVE).setParameter("today", today).getResultList();
        for (Organisation organisation : expired) {
            if (organisation.suspendIfExpired(today)) {
                audit.record(AuditAction.ORGANISATION_SUSPENDED, OrganisationService.target(organisation),
                        "expired " + organisation.getValidUntil() + " without an approved periodic report (PR5)");
                mail.toAllUsers(organisation, "organisation-expired",
                        Map.of("validUntil", organisation.getValidUntil().toString()));
            }
        }
        return expired.size();
    }
}
