package jp.ras.batch.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.ras.testsupport.SessionBeanSecurity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule of ras-ejb's {@code EjbSecurityTest} for the session beans of ras-batch, checked by the same
 * {@link SessionBeanSecurity}: a public method of any of them carries {@code @RolesAllowed}, or {@code @PermitAll}
 * when it is on the short list below with the reason it must be open; no bean is open as a whole.
 */
class BatchSecurityTest {

    /**
     * Open on purpose, each for callers without a role, and reached by no screen or API: the schedule starts the
     * daily jobs on a managed executor's thread; the bulk-filing upload (whose {@code BulkFilings} checks the
     * uploader's role) and the recovery's executor thread start and restart a filing's job; the bulk-filing job's
     * listener, on a batch thread, has a failed filing restarted by RAS itself (issue 19). Each says so at the method.
     */
    private static final Set<String> OPEN_BY_DESIGN = Set.of("BatchJobs.startIfIdle", "BatchJobs.startBulkFiling",
            "BatchJobs.restartBulkFiling", "BulkFilingRecovery.restartSoon");

    @Test
    @DisplayName("Issue 16: every public method of batch's session beans declares who may call it")
    void everyPublicSessionBeanMethodDeclaresWhoMayCallIt() throws Exception {
        List<Class<?>> beans = SessionBeanSecurity.sessionBeans(Path.of("target", "classes"));
        assertTrue(beans.stream().map(Class::getSimpleName).toList().containsAll(
                List.of("BatchJobs", "BulkFilings", "JobSchedule", "BulkFilingRecovery")),
                "the scan found the session beans: " + beans);
        assertEquals(List.of(), SessionBeanSecurity.undeclared(beans, OPEN_BY_DESIGN, Set.of()),
                "session beans and their methods open without @RolesAllowed");
    }
}
