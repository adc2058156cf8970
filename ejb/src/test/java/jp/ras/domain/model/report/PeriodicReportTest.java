package jp.ras.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.ras.domain.model.organisation.ApprovalValidity;
import jp.ras.domain.model.organisation.Fixtures;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodicReportTest {

    private static final LocalDate EXPIRY = LocalDate.of(2020, 7, 24);
    private static final Instant NOW = Instant.parse("2020-06-01T03:00:00Z");

    private static PeriodicReport fileOn(Organisation organisation, LocalDate day) {
        return PeriodicReport.file(organisation, false, "ORG0000001", day, NOW, List.of(), Set.of(), null);
    }

    @Test
    @DisplayName("PR3: a report after the due date (one month before expiry) is accepted but flagged late")
    void pr3_late() {
        assertFalse(fileOn(Fixtures.organisation(EXPIRY), LocalDate.of(2020, 6, 24)).isLate());
        assertTrue(fileOn(Fixtures.organisation(EXPIRY), LocalDate.of(2020, 6, 25)).isLate());
    }

    @Test
    @DisplayName("PR1: one report per organisation per cycle")
    void pr1_onePerCycle() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> PeriodicReport.file(
                Fixtures.organisation(EXPIRY), true, "ORG0000002", LocalDate.of(2020, 6, 1), NOW, List.of(),
                Set.of(), null));
        assertEquals("PR1", e.violations().get(0).rule());
    }

    @Test
    @DisplayName("PR4: approval extends by one year from the previous expiry, not from the approval date")
    void pr4_approvalExtendsFromExpiry() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        PeriodicReport report = fileOn(organisation, LocalDate.of(2020, 6, 1));
        report.approve("SUP0000001", NOW, LocalDate.of(2020, 6, 20), ApprovalValidity.ofYears(1));
        assertEquals(LocalDate.of(2021, 7, 24), organisation.getValidUntil());
        assertEquals(LocalDate.of(2021, 7, 24), report.getNewExpiry());
        assertEquals(PeriodicReportState.APPROVED, report.getState());
    }

    @Test
    @DisplayName("PR4: denial keeps the expiry and needs a reason")
    void pr4_denialKeepsExpiry() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        PeriodicReport report = fileOn(organisation, LocalDate.of(2020, 6, 1));
        assertThrows(RuleViolationException.class, () -> report.deny("SUP0000001", NOW, ""));
        report.deny("SUP0000001", NOW, "所属外国人リストの不備");
        assertEquals(EXPIRY, organisation.getValidUntil());
        assertThrows(RuleViolationException.class,
                () -> report.approve("SUP0000001", NOW, LocalDate.of(2020, 6, 20), ApprovalValidity.ofYears(1)));
    }

    @Test
    @DisplayName("PR5: a late report approved after suspension resumes use")
    void pr5_resumeAfterSuspension() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        PeriodicReport report = fileOn(organisation, LocalDate.of(2020, 7, 20));
        organisation.suspendIfExpired(LocalDate.of(2020, 7, 25));
        assertEquals(OrganisationState.SUSPENDED, organisation.getState());
        assertTrue(report.approve("SUP0000001", NOW, LocalDate.of(2020, 8, 3), ApprovalValidity.ofYears(1)));
        assertEquals(OrganisationState.ACTIVE, organisation.getState());
        assertEquals(LocalDate.of(2021, 7, 24), organisation.getValidUntil());
    }
}
