package jp.ras.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** After login RAS returns only to its own pages: the saved address can never send a user elsewhere. */
class LoginRedirectTest {

    @Test

    @DisplayName("Security 2: a saved page of RAS is resumed after login, with its query")
    void aSavedPageOfRasIsResumedWithItsQuery() {
        assertEquals("/officer/home.xhtml?x=1", LoginBacking.ownPath("http://localhost:8080/officer/home.xhtml?x=1", ""));
        assertEquals("/ras/app/home.xhtml", LoginBacking.ownPath("http://localhost:8080/ras/app/home.xhtml", "/ras"));
    }

    @Test

    @DisplayName("Security 2: addresses outside RAS, or back to the login page, are not resumed")
    void addressesOutsideRasOrBackToTheLoginPageAreNotResumed() {
        assertNull(LoginBacking.ownPath("http://localhost:8080/other/app/home.xhtml", "/ras"));
        assertNull(LoginBacking.ownPath("http://localhost:8080/login.xhtml", ""));
        assertNull(LoginBacking.ownPath(null, ""));
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Security 2: a saved address starting with // or holding encoded or dot segments"
            + " is not returned to after login (open redirect)")
    void addressesThatWouldLeaveRasAreNotResumed() {
        assertNull(LoginBacking.ownPath("http://localhost:8080//evil.example/..%2fapp/home.xhtml", ""));
        assertNull(LoginBacking.ownPath("http://localhost:8080//evil.example/app/home.xhtml", ""));
        assertNull(LoginBacking.ownPath("http://localhost:8080/ras//evil.example/app/home.xhtml", "/ras"));
        assertNull(LoginBacking.ownPath("http://localhost:8080/app/..%2f..%2fhome.xhtml", ""));
        assertNull(LoginBacking.ownPath("http://localhost:8080/app/../login.xhtml", ""));
        assertNull(LoginBacking.ownPath("http://localhost:8080/app/%5cevil.example/home.xhtml", ""));
        assertNull(LoginBacking.ownPath("http://local host/app", ""));
    }
}
