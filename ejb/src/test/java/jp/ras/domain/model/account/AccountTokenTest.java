package jp.ras.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import jp.ras.domain.model.organisation.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private static UserAccount account() {
        return new UserAccount(new AuthenticationId("ORG0001000"), Role.ORG_USER, "佐藤", new MailAddress("a@b.jp"),
                Locale.JAPANESE,
                Fixtures.organisation(null), NOW);
    }

    @Test
    @DisplayName("AC2: the first-password link lasts 72 hours and works once")
    void ac2_setPasswordLinkSingleUse() {
        AccountToken.Issued issued = AccountToken.issue(account(), TokenPurpose.SET_PASSWORD, null, NOW);
        AccountToken token = issued.token();
        assertNotEquals(issued.secret(), AccountToken.hash(issued.secret()));
        assertEquals(64, AccountToken.hash(issued.secret()).length());
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW), "not for another purpose");
        assertFalse(token.isUsable(TokenPurpose.SET_PASSWORD, NOW.plus(Duration.ofHours(72))));
        assertTrue(token.use(TokenPurpose.SET_PASSWORD, NOW.plus(Duration.ofHours(71))));
        assertFalse(token.use(TokenPurpose.SET_PASSWORD, NOW.plus(Duration.ofHours(71))), "used once");
    }

    @Test
    @DisplayName("AC2: a reset link lasts one hour; a newer link replaces it")
    void ac2_resetLink() {
        AccountToken token = AccountToken.issue(account(), TokenPurpose.RESET_PASSWORD, null, NOW).token();
        assertTrue(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(59))));
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(60))));
        token.supersede(NOW.plusSeconds(1));
        assertFalse(token.isUsable(TokenPurpose.RESET_PASSWORD, NOW.plusSeconds(2)));
    }

    @Test
    @DisplayName("U1, AC3: authentication IDs are a role prefix and seven digits from a sequence")
    void u1_authenticationIdFormat() {
        assertEquals("ORG0001000", AuthenticationId.issued(Role.ORG_USER, 1000).value());
        assertEquals("AGT0001001", AuthenticationId.issued(Role.AGENT, 1001).toString());
        assertThrows(IllegalArgumentException.class, () -> AuthenticationId.issued(Role.AGENT, 10_000_000));
    }

    @Test
    @DisplayName("AC3: a deleted account cannot log in and keeps its ID; AC6: any mail address")
    void ac3_delete() {
        UserAccount account = account();
        account.setPasswordHash("hash", NOW);
        account.changeMailAddress(new MailAddress("someone@anything.example"));
        account.delete(NOW);
        assertFalse(account.canLogIn(NOW));
        assertEquals("ORG0001000", account.getAuthId());
        assertThrows(IllegalStateException.class, () -> account.delete(NOW));
    }

    @Test
    @DisplayName("SE2: organisation users agree to the current terms; officers are not asked")
    void se2_terms() {
        UserAccount account = account();
        assertTrue(account.mustAcceptTerms("2026-04"));
        account.acceptTerms("2026-04", NOW);
        assertFalse(account.mustAcceptTerms("2026-04"));
        assertTrue(account.mustAcceptTerms("2027-01"), "a new version asks again");
        UserAccount officer = new UserAccount(new AuthenticationId("OFC0000009"), Role.OFFICER, "入管",
                new MailAddress("o@moj.go.jp"), Locale.JAPANESE,
                null, NOW);
        assertFalse(officer.mustAcceptTerms("2026-04"));
    }
}
