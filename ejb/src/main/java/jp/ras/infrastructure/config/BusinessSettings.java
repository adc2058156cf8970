package jp.ras.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.ras.domain.model.organisation.ApprovalValidity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Business settings that differ between the 2019 system and later ones. */
@ApplicationScoped
public class BusinessSettings {

    /** UA6, PR4: one year in the 2019 system; the renewed 2026 system uses three. */
    @Inject
    @ConfigProperty(name = "ras.usage.validity-years", defaultValue = "1")
    int validityYears;

    /** SE2: the version of the terms of use users agree to; raising it asks everyone again. */
    @Inject
    @ConfigProperty(name = "ras.terms.version", defaultValue = "2026-04")
    String termsVersion;

    /** RC5: the revenue stamps on the fee form (4,000 yen in the 2019 system). */
    @Inject
    @ConfigProperty(name = "ras.card.fee-yen", defaultValue = "4000")
    int feeYen;

    /** Security 9: failed logins from one client address within the window before it must wait. */
    @Inject
    @ConfigProperty(name = "ras.login.address-failures", defaultValue = "50")
    int loginAddressFailures;

    @Inject
    @ConfigProperty(name = "ras.login.address-window-minutes", defaultValue = "15")
    int loginAddressWindowMinutes;

    /** Issue 17: status look-ups from one client address within the window before it must wait. */
    @Inject
    @ConfigProperty(name = "ras.case-status.address-lookups", defaultValue = "20")
    int caseStatusAddressLookups;

    @Inject
    @ConfigProperty(name = "ras.case-status.address-window-minutes", defaultValue = "15")
    int caseStatusAddressWindowMinutes;

    /** Issue 17: look-ups of one number that found nothing within the window before the number must wait. */
    @Inject
    @ConfigProperty(name = "ras.case-status.number-misses", defaultValue = "10")
    int caseStatusNumberMisses;

    @Inject
    @ConfigProperty(name = "ras.case-status.number-window-minutes", defaultValue = "60")
    int caseStatusNumberWindowMinutes;

    public int caseStatusAddressLookups() {
        return caseStatusAddressLookups;
    }

    public int caseStatusAddressWindowMinutes() {
        return caseStatusAddressWindowMinutes;
    }

    public int caseStatusNumberMisses() {
        return caseStatusNumberMisses;
    }

    public int caseStatusNumberWindowMinutes() {
        return caseStatusNumberWindowMinutes;
    }

    /**
     * Issue 18: OFFICER and SUPERVISOR must enrol a second factor ({@code RAS_REQUIRE_SECOND_FACTOR}); the demo run
     * and the browser test suite switch it off (README Decisions).
     */
    @Inject
    @ConfigProperty(name = "ras.require-second-factor", defaultValue = "true")
    boolean requireSecondFactor;

    /** Issue 17: usage applications sent online from one client address within the window before it must wait. */
    @Inject
    @ConfigProperty(name = "ras.usage-request.address-limit", defaultValue = "5")
    int usageRequestAddressLimit;

    @Inject
    @ConfigProperty(name = "ras.usage-request.address-window-minutes", defaultValue = "1440")
    int usageRequestAddressWindowMinutes;

    public int usageRequestAddressLimit() {
        return usageRequestAddressLimit;
    }

    public int usageRequestAddressWindowMinutes() {
        return usageRequestAddressWindowMinutes;
    }

    public boolean requireSecondFactor() {
        return requireSecondFactor;
    }

    public int loginAddressFailures() {
        return loginAddressFailures;
    }

    public int loginAddressWindowMinutes() {
        return loginAddressWindowMinutes;
    }

    public int feeYen() {
        return feeYen;
    }

    public ApprovalValidity validity() {
        return ApprovalValidity.ofYears(validityYears);
    }

    public String termsVersion() {
        return termsVersion;
    }
}
