package jp.ras.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.ras.testsupport.SessionBeanSecurity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fails when a public method of any session bean is left open: each must carry {@code @RolesAllowed}, or
 * {@code @PermitAll} when it is on the short list below with the reason it must be open; only the jobs' services
 * are open as a whole. The check is ras-test-support's {@link SessionBeanSecurity}, which ras-batch's beans meet
 * too.
 */
class EjbSecurityTest {

    /**
     * Open on purpose: a caller without a role must be able to log in, and the mailed single-use links are
     * themselves the credential (first password, reset, mail confirmation); the reset request reveals nothing.
     * The API's token login checks a password like the login page, and a bearer token is itself the credential. A
     * login refused for its address (AP12) is audited before anyone is logged in. Before a session's login is handed
     * to the container its credential generation is checked (Security 4), and before a login is tried its client
     * address's recent failures (Security 9): both before anyone is the caller, and neither reveals anything.
     * The login's second step (issue 18) checks a TOTP or recovery code before anyone is the caller; its callers ask
     * it only for the account whose password was accepted just before (the session's, or in the same API call),
     * and a wrong code counts towards the lock.
     * Usage applications online (issue 17) come from organisations without any account yet: the request is
     * limited per client address and stores only a waiting request until its mailed link (the credential) confirms
     * it; the link's check changes nothing; the offices are reference data; the status answers only to the
     * reference number with its mail address. Issue 17: an applicant looks their application's status up
     * without an account; the number and the date of birth are the credential, and the look-ups are limited and audited.
     */
    private static final Set<String> OPEN_BY_DESIGN = Set.of("AccountService.authenticate",
            "AccountService.linkOwner", "AccountService.setPasswordByLink", "AccountService.requestPasswordReset",
            "AccountService.confirmMailChange", "AccountService.loginRefusedForAddress", "ApiTokenService.logIn",
            "ApiTokenService.caller", "AccountService.sessionGeneration", "AccountService.loginRetryAfter",
            "AccountService.authenticateSecondFactor", "UsageRequestService.request", "UsageRequestService.linkWorks",
            "UsageRequestService.confirm", "UsageRequestService.status", "UsageRequestService.offices",
            "UsageRequestService.requestRetryAfter", "CaseStatusService.lookUp");

    /**
     * Open as a whole on purpose: the services of the batch jobs, which run without a caller (on their schedule, at
     * start to resume a bulk filing, or started through {@code BatchJobs} by an audited supervisor or through
     * {@code BulkFilings} by an uploader, which check the roles). They are session beans only so that the jobs'
     * calls from ras-batch.jar run in this module, where the persistence unit is (README, Decisions).
     */
    private static final Set<String> JOB_SERVICES = Set.of("BulkFilingRun", "OrganisationSweep", "ExpiryReminders",
            "ClusterClaims", "AuditChainVerification");

    @Test
    @DisplayName("SE1: every public session bean method says who may call it (@RolesAllowed), or is open by design")
    void everyPublicSessionBeanMethodDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> beans = SessionBeanSecurity.sessionBeans(Path.of("target", "classes"));
        assertTrue(beans.size() >= 5, "the scan found the session beans: " + beans);
        assertTrue(beans.stream().map(Class::getSimpleName).toList().containsAll(JOB_SERVICES),
                "the job services are session beans: " + beans);
        assertEquals(List.of(), SessionBeanSecurity.undeclared(beans, OPEN_BY_DESIGN, JOB_SERVICES),
                "session beans and their methods open without @RolesAllowed");
    }
}
