package jp.ras.batch.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule of ras-ejb's {@code EjbSecurityTest} for the session beans of ras-batch: a public method of any of them
 * carries {@code @RolesAllowed}, or {@code @PermitAll} when it is on the short list below with the reason it must be
 * open; no bean is open as a whole.
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
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.stream().map(Class::getSimpleName).toList().containsAll(
                List.of("BatchJobs", "BulkFilings", "JobSchedule", "BulkFilingRecovery")),
                "the scan found the session beans: " + beans);
        List<String> open = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = bean.getSimpleName() + "." + method.getName();
                boolean roles = method.isAnnotationPresent(RolesAllowed.class)
                        || (bean.isAnnotationPresent(RolesAllowed.class) && !method.isAnnotationPresent(PermitAll.class));
                boolean permit = method.isAnnotationPresent(PermitAll.class);
                if (!roles && !(permit && OPEN_BY_DESIGN.contains(name))) {
                    open.add(name);
                }
            }
            assertFalse(bean.isAnnotationPresent(PermitAll.class), bean + " opens every method at once");
        }
        assertEquals(List.of(), open, "session bean methods without @RolesAllowed");
    }

    private static List<Class<?>> sessionBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, BatchSecurityTest.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)
                        || type.isAnnotationPresent(Stateful.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
