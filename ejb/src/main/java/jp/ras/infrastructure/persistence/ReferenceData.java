package jp.ras.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jp.ras.domain.model.application.EligibleStatus;

/**
 * Fills the reference tables that start from domain defaults when a database is new: the AP2 eligibility table
 * (after that it belongs to the supervisors who edit it).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReferenceData {

    @Inject
    private ResidenceApplicationRepository applications;

    @PostConstruct
    void fill() {
        if (applications.eligibility().isEmpty()) {
            EligibleStatus.defaults().forEach(applications::addEligibleStatus);
        }
    }
}
