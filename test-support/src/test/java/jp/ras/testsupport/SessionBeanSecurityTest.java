package jp.ras.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The check itself can fail: each way of leaving a session bean open is reported, and only those. */
class SessionBeanSecurityTest {

    @Stateless
    static class Declared {
        @RolesAllowed("OFFICER")
        public void decide() {
        }

        @PermitAll
        public void logIn() {
        }

        void notPublic() {
        }
    }

    @Stateless
    @RolesAllowed("OFFICER")
    static class DeclaredOnTheBean {
        public void decide() {
        }

        @PermitAll
        public void lifted() {
        }
    }

    @Stateless
    @PermitAll
    static class Job {
        public void run() {
        }
    }

    @Stateless
    static class Forgotten {
        public void decide() {
        }
    }

    @Test
    @DisplayName("SE1: a method without @RolesAllowed, an unlisted @PermitAll and an unlisted open bean are reported")
    void reportsEveryOpening() {
        assertEquals(List.of(), SessionBeanSecurity.undeclared(List.of(Declared.class, Job.class),
                Set.of("Declared.logIn"), Set.of("Job")));
        assertEquals(List.of("Forgotten.decide"), SessionBeanSecurity.undeclared(List.of(Forgotten.class),
                Set.of(), Set.of()));
        assertEquals(List.of("Declared.logIn"), SessionBeanSecurity.undeclared(List.of(Declared.class),
                Set.of(), Set.of()));
        assertEquals(List.of("DeclaredOnTheBean.lifted"), SessionBeanSecurity.undeclared(
                List.of(DeclaredOnTheBean.class), Set.of(), Set.of()));
        assertEquals(List.of("Job (open as a whole)", "Job.run"), SessionBeanSecurity.undeclared(
                List.of(Job.class), Set.of(), Set.of()));
        assertEquals(List.of("Forgotten (not open as a whole)"), SessionBeanSecurity.undeclared(
                List.of(Forgotten.class), Set.of(), Set.of("Forgotten")));
    }
}
