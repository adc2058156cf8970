package jp.ras.domain.model.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.account.AuthenticationId;
import jp.ras.domain.model.organisation.ApprovalValidity;
import jp.ras.domain.model.organisation.Fixtures;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.OrganisationState;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageApplicationTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 7, 25);
    private static final Instant NOW = Instant.parse("2019-07-25T01:00:00Z");

    private static UsageApplication.Applicant staff() {
        return new UsageApplication.Applicant(ApplicantKind.STAFF, "佐藤 一郎", "sato@gmail.com", "03-1234-5678",
                Locale.JAPANESE, LocalDate.of(1980, 1, 1), false, "運転免許証");
    }

    private static UsageApplication.Applicant agent(boolean consent) {
        return new UsageApplication.Applicant(ApplicantKind.AGENT, "行政 書士子", "gyosei@office.example",
                "03-9876-5432", Locale.JAPANESE, LocalDate.of(1975, 5, 5), consent, "届出済証明書");
    }

    private static UsageApplication newAt(RegionalOffice office, UsageApplication.Applicant applicant) {
        return UsageApplication.forNewOrganisation(office, "株式会社テスト", "7000012050002", "東京都",
                "東京都港区港南5-5-30", applicant, List.of(Fixtures.person("AB12345678CD")), "OFC0000001", TODAY,
                NOW);
    }

    private static String ruleOf(RuleViolationException e, String field) {
        return e.violations().stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow().rule();
    }

    @Test
    @DisplayName("UA2: an airport branch never accepts a usage application")
    void ua2_airportRefused() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> newAt(Fixtures.NARITA, staff()));
        assertEquals("UA2", ruleOf(e, "office"));
    }

    @Test
    @DisplayName("UA2: only the office with jurisdiction over the organisation's address")
    void ua2_jurisdiction() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> newAt(Fixtures.OSAKA, staff()));
        assertEquals("officeJurisdiction", e.violations().get(0).key());
    }

    @Test
    @DisplayName("UA3: an agent needs the organisation's recorded consent")
    void ua3_agentConsent() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> newAt(Fixtures.TOKYO, agent(false)));
        assertEquals("UA3", ruleOf(e, "agentConsent"));
        assertEquals(ApplicantKind.AGENT, newAt(Fixtures.TOKYO, agent(true)).getApplicantKind());
    }

    @Test
    @DisplayName("SE2: the identity document checked in person is recorded; AC6: any mail domain")
    void se2_identityDocument() {
        UsageApplication.Applicant noDocument = new UsageApplication.Applicant(ApplicantKind.STAFF, "佐藤", "a@b.c",
                "03-1234-5678", Locale.JAPANESE, LocalDate.of(1980, 1, 1), false, " ");
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> newAt(Fixtures.TOKYO, noDocument));
        assertEquals("SE2", ruleOf(e, "identityDocument"));
        assertEquals("運転免許証", newAt(Fixtures.TOKYO, staff()).getIdentityDocument());
    }

    @Test
    @DisplayName("UA4: a new usage application carries the list of affiliated foreign nationals")
    void ua4_rosterRequired() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> UsageApplication.forNewOrganisation(Fixtures.TOKYO, "株式会社テスト", null, "東京都", "東京都港区",
                        staff(), List.of(), "OFC0000001", TODAY, NOW));
        assertEquals("UA4", ruleOf(e, "persons"));
    }

    @Test
    @DisplayName("UA5, UA6: approval creates the organisation valid until approval date + 1 year − 1 day")
    void ua5_approveNew() {
        UsageApplication application = newAt(Fixtures.TOKYO, staff());
        Organisation organisation = application.approve("SUP0000001", NOW, TODAY, ApprovalValidity.ofYears(1),
                new AuthenticationId("ORG0001000"));
        assertEquals(LocalDate.of(2020, 7, 24), organisation.getValidUntil());
        assertEquals(TODAY, organisation.getCreatedOn());
        assertEquals(UsageApplicationState.APPROVED, application.getState());
        assertEquals("ORG0001000", application.getIssuedAuthId());
        RuleViolationException twice = assertThrows(RuleViolationException.class,
                () -> application.deny("SUP0000001", NOW, "again"));
        assertEquals("alreadyDecided", twice.violations().get(0).key());
    }

    @Test
    @DisplayName("UA5: a denial needs a reason and issues no ID")
    void ua5_deny() {
        UsageApplication application = newAt(Fixtures.TOKYO, staff());
        assertThrows(RuleViolationException.class, () -> application.deny("SUP0000001", NOW, " "));
        application.deny("SUP0000001", NOW, "書類不備");
        assertEquals(UsageApplicationState.DENIED, application.getState());
        assertNull(application.getIssuedAuthId());
    }

    @Test
    @DisplayName("UA1, U2: an additional application adds a user to an existing organisation, not a deleted one")
    void ua1_additional() {
        Organisation organisation = Fixtures.organisation(LocalDate.of(2020, 7, 24));
        UsageApplication application = UsageApplication.forExistingOrganisation(Fixtures.TOKYO, organisation,
                agent(true), List.of(), "OFC0000001", TODAY, NOW);
        assertEquals(UsageApplicationKind.ADDITIONAL, application.getKind());
        assertEquals(organisation, application.approve("SUP0000001", NOW, TODAY, ApprovalValidity.ofYears(1),
                new AuthenticationId("AGT0001001")));
        assertEquals(LocalDate.of(2020, 7, 24), organisation.getValidUntil(), "validity unchanged");
        organisation.delete();
        assertEquals(OrganisationState.DELETED, organisation.getState());
        assertThrows(RuleViolationException.class, () -> UsageApplication.forExistingOrganisation(Fixtures.TOKYO,
                organisation, staff(), List.of(), "OFC0000001", TODAY, NOW));
    }
}
