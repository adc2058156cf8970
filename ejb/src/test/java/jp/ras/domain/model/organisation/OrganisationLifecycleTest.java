package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.ras.domain.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationLifecycleTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 7, 24);

    @Test
    @DisplayName("PR1, PR2: report due one month before expiry, reminder two months before")
    void pr1_pr2_dates() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        assertEquals(LocalDate.of(2027, 6, 24), organisation.reportDueDate());
        assertEquals(LocalDate.of(2027, 5, 24), organisation.reminderDate());
        assertEquals(0, organisation.daysLeft(EXPIRY));
        assertEquals(-1, organisation.daysLeft(EXPIRY.plusDays(1)));
    }

    @Test
    @DisplayName("PR5: the organisation is suspended only after its last valid day")
    void pr5_suspendAfterExpiry() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        assertFalse(organisation.suspendIfExpired(EXPIRY));
        assertTrue(organisation.canFile());
        assertTrue(organisation.suspendIfExpired(EXPIRY.plusDays(1)));
        assertEquals(OrganisationState.SUSPENDED, organisation.getState());
        assertFalse(organisation.canFile());
        assertFalse(organisation.suspendIfExpired(EXPIRY.plusDays(2)), "suspends once");
    }

    @Test
    @DisplayName("PR4, PR5: an approved report moves the expiry from the previous one and resumes use")
    void pr5_reportResumes() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        organisation.suspendIfExpired(EXPIRY.plusDays(10));
        assertTrue(organisation.reportApproved(EXPIRY, ApprovalValidity.ofYears(1), EXPIRY.plusDays(20)));
        assertEquals(LocalDate.of(2028, 7, 24), organisation.getValidUntil());
        assertEquals(OrganisationState.ACTIVE, organisation.getState());
    }

    @Test
    @DisplayName("PR5, PR7: a suspended organisation resumes only while its approval is valid")
    void pr7_resumeOnlyWhileValid() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        organisation.suspend();
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> organisation.resume(EXPIRY.plusDays(1)));
        assertEquals("PR5", e.violations().get(0).rule());
        organisation.resume(EXPIRY);
        assertEquals(OrganisationState.ACTIVE, organisation.getState());
    }

    @Test
    @DisplayName("PR7: deletion is final")
    void pr7_deleteIsFinal() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        organisation.delete();
        assertEquals(OrganisationState.DELETED, organisation.getState());
        assertThrows(IllegalStateException.class, organisation::suspend);
        assertThrows(IllegalStateException.class, organisation::delete);
        assertThrows(IllegalStateException.class,
                () -> organisation.reportApproved(EXPIRY, ApprovalValidity.ofYears(1), EXPIRY));
    }

    @Test
    @DisplayName("PR6: a name and address change moves the organisation to the office with jurisdiction")
    void pr6_nameAndAddressChange() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        organisation.changeNameAndAddress("株式会社テスト大阪", "大阪府", "大阪府大阪市北区1-1", Fixtures.OSAKA);
        assertEquals("株式会社テスト大阪", organisation.getName());
        assertEquals("osaka", organisation.getOffice().getCode());
        assertThrows(IllegalArgumentException.class,
                () -> organisation.changeNameAndAddress("x", "東京都", "東京都港区", Fixtures.OSAKA));
        assertThrows(RuleViolationException.class,
                () -> organisation.changeNameAndAddress(" ", "大阪府", "大阪府大阪市", Fixtures.OSAKA));
    }

    @Test
    @DisplayName("PR6: a roster entry's removal is dated and kept")
    void pr6_rosterRemoval() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        RosterEntry entry = new RosterEntry(organisation, Fixtures.person("AB12345678CD"), LocalDate.of(2026, 1, 5));
        entry.remove(LocalDate.of(2026, 3, 1), "退職");
        assertFalse(entry.isCurrent());
        assertEquals(LocalDate.of(2026, 3, 1), entry.getRemovedOn());
        assertThrows(IllegalStateException.class, () -> entry.remove(LocalDate.of(2026, 3, 2), "again"));
    }
}
