package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The daily sweep of one organisation (PR5, PR7) and the periodic-report reminder (PR2). */
class ExpirySweepRulesTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 7, 24);

    @Test
    @DisplayName("PR5: the sweep suspends for expiry the day after the last valid day, and only once")
    void pr5_sweepSuspendsAfterExpiry() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        assertEquals(SweepOutcome.UNCHANGED, organisation.sweep(EXPIRY));
        assertEquals(SweepOutcome.SUSPENDED, organisation.sweep(EXPIRY.plusDays(1)));
        assertEquals(OrganisationState.SUSPENDED, organisation.getState());
        assertEquals(SuspensionCause.EXPIRY, organisation.getSuspensionCause());
        assertEquals(SweepOutcome.UNCHANGED, organisation.sweep(EXPIRY.plusDays(2)));
    }

    @Test
    @DisplayName("PR5: an organisation suspended for expiry whose validity was renewed is resumed by the sweep")
    void pr5_sweepResumesRenewed() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        organisation.sweep(EXPIRY.plusDays(1));
        // the late report's approval as the database may hold it when the approval itself did not resume
        organisation.reportApproved(EXPIRY, ApprovalValidity.ofYears(1), EXPIRY.plusYears(2));
        assertEquals(OrganisationState.SUSPENDED, organisation.getState(), "still expired on that day");
        assertEquals(SweepOutcome.RESUMED, organisation.sweep(EXPIRY.plusDays(40)));
        assertEquals(OrganisationState.ACTIVE, organisation.getState());
        assertNull(organisation.getSuspensionCause());
        assertEquals(SweepOutcome.UNCHANGED, organisation.sweep(EXPIRY.plusDays(41)));
    }

    @Test
    @DisplayName("PR5, PR7: an organisation an officer suspended is never resumed by the sweep")
    void pr7_officerSuspensionStays() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        organisation.suspend();
        assertEquals(SuspensionCause.OFFICER, organisation.getSuspensionCause());
        assertEquals(SweepOutcome.UNCHANGED, organisation.sweep(EXPIRY.minusDays(100)));
        assertEquals(SweepOutcome.UNCHANGED, organisation.sweep(EXPIRY.plusDays(1)));
        assertEquals(OrganisationState.SUSPENDED, organisation.getState());
        assertEquals(SuspensionCause.OFFICER, organisation.getSuspensionCause(), "expiry does not relabel it");
    }

    @Test
    @DisplayName("PR5: the sweep leaves organisations without an expiry and deleted ones alone")
    void pr5_sweepLeavesOthers() {
        Organisation undated = Fixtures.organisation(null);
        assertEquals(SweepOutcome.UNCHANGED, undated.sweep(EXPIRY));
        Organisation deleted = Fixtures.organisation(EXPIRY);
        deleted.delete();
        assertEquals(SweepOutcome.UNCHANGED, deleted.sweep(EXPIRY.plusDays(1)));
        assertEquals(OrganisationState.DELETED, deleted.getState());
    }

    @Test
    @DisplayName("PR2: the report reminder is due from two months before expiry up to the expiry date, caught up"
            + " after missed days")
    void pr2_reminderWindow() {
        Organisation organisation = Fixtures.organisation(EXPIRY);
        assertFalse(organisation.isReportReminderDue(LocalDate.of(2027, 5, 23), false));
        assertTrue(organisation.isReportReminderDue(LocalDate.of(2027, 5, 24), false), "two months before");
        assertTrue(organisation.isReportReminderDue(LocalDate.of(2027, 6, 30), false), "missed days caught up");
        assertTrue(organisation.isReportReminderDue(EXPIRY, false));
        assertFalse(organisation.isReportReminderDue(EXPIRY.plusDays(1), false), "past: the sweep's turn");
    }

    @Test
    @DisplayName("PR2: no reminder once this cycle's report is filed, nor for a suspended or deleted organisation")
    void pr2_noReminder() {
        LocalDate day = LocalDate.of(2027, 6, 1);
        assertFalse(Fixtures.organisation(EXPIRY).isReportReminderDue(day, true));
        Organisation suspended = Fixtures.organisation(EXPIRY);
        suspended.suspend();
        assertFalse(suspended.isReportReminderDue(day, false));
        Organisation deleted = Fixtures.organisation(EXPIRY);
        deleted.delete();
        assertFalse(deleted.isReportReminderDue(day, false));
        assertFalse(Fixtures.organisation(null).isReportReminderDue(day, false));
    }
}
