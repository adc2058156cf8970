package jp.ras.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18: the second factor's rules (TOTP by the library, recovery codes, enrolment, reset). */
class SecondFactorTest {

    private static final Instant T0 = Instant.parse("2026-11-26T01:00:10Z");
    /** RFC 6238 Appendix B's SHA-1 seed "12345678901234567890" in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static UserAccount account(Role role) {
        UserAccount account = new UserAccount(new AuthenticationId("SF" + role.name()), role, "入管 太郎",
                new MailAddress("o@example.jp"), Locale.JAPANESE,
                null, T0);
        account.setPasswordHash("hash", T0);
        return account;
    }

    private static UserAccount enrolled() {
        UserAccount account = account(Role.OFFICER);
        account.startSecondFactorEnrolment(RFC_SECRET);
        assertTrue(account.confirmSecondFactor(SecondFactor.codeAt(RFC_SECRET, T0), T0));
        return account;
    }

    @Test
    @DisplayName("Issue 18: codes are RFC 6238's test vectors (SHA-1, 6 digits, 30 s)")
    void rfc6238Vectors() {
        // RFC 6238 Appendix B gives 8 digits; the 6-digit code is their last six.
        assertEquals("287082", SecondFactor.codeAt(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", SecondFactor.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", SecondFactor.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
    }

    @Test
    @DisplayName("Issue 18: a code is accepted for its step and one either side, never twice")
    void stepWindowAndReplay() {
        UserAccount account = enrolled();
        Instant later = T0.plusSeconds(300);
        String next = SecondFactor.codeAt(RFC_SECRET, later.plusSeconds(30));
        String previous = SecondFactor.codeAt(RFC_SECRET, later.minusSeconds(30));
        assertFalse(account.acceptTotp(SecondFactor.codeAt(RFC_SECRET, later.plusSeconds(90)), later));
        assertTrue(account.acceptTotp(previous, later));
        assertFalse(account.acceptTotp(previous, later), "the same code twice");
        assertTrue(account.acceptTotp(next, later));
        assertFalse(account.acceptTotp(SecondFactor.codeAt(RFC_SECRET, later), later), "older than the last");
        assertFalse(account.acceptTotp("12345", later));
        assertFalse(account.acceptTotp("abcdef", later));
    }

    @Test
    @DisplayName("Issue 18: the enrolment works only after a correct confirmation code")
    void enrolment() {
        UserAccount account = account(Role.SUPERVISOR);
        assertTrue(account.mustEnrolSecondFactor(true));
        assertFalse(account.mustEnrolSecondFactor(false));
        String secret = SecondFactor.newSecret();
        assertEquals(32, secret.length());
        account.startSecondFactorEnrolment(secret);
        assertEquals(secret, account.pendingSecondFactorSecret());
        assertFalse(account.hasSecondFactor());
        String wrong = SecondFactor.codeAt(secret, T0).equals("000000") ? "111111" : "000000";
        assertFalse(account.confirmSecondFactor(wrong, T0));
        assertFalse(account.hasSecondFactor());
        assertTrue(account.confirmSecondFactor(SecondFactor.codeAt(secret, T0), T0));
        assertTrue(account.hasSecondFactor());
        assertNull(account.pendingSecondFactorSecret());
        assertFalse(account.mustEnrolSecondFactor(true));
        assertFalse(account.acceptTotp(SecondFactor.codeAt(secret, T0), T0), "the confirmation code is used");
        assertThrows(IllegalStateException.class, () -> account.startSecondFactorEnrolment(secret));
    }

    @Test
    @DisplayName("Issue 18: only officers and supervisors must enrol")
    void whoMustEnrol() {
        UserAccount orgUser = new UserAccount(new AuthenticationId("SFORG"), Role.ORG_USER, "Org",
                new MailAddress("u@example.jp"), Locale.JAPANESE,
                new jp.ras.domain.model.organisation.Organisation("株式会社テスト", null, "東京都", "東京都港区",
                        new jp.ras.domain.model.organisation.RegionalOffice("tokyo", "東京", "Tokyo", "東", true,
                                List.of("東京都")), null), T0);
        assertFalse(orgUser.mustEnrolSecondFactor(true));
        assertTrue(account(Role.OFFICER).mustEnrolSecondFactor(true));
    }

    @Test
    @DisplayName("Issue 18: a reset removes the factor and ends the account's sessions")
    void reset() {
        UserAccount account = enrolled();
        int generation = account.getCredentialGeneration();
        account.resetSecondFactor();
        assertFalse(account.hasSecondFactor());
        assertTrue(account.mustEnrolSecondFactor(true));
        assertFalse(account.acceptTotp(SecondFactor.codeAt(RFC_SECRET, T0.plusSeconds(60)), T0.plusSeconds(60)));
        assertEquals(generation + 1, account.getCredentialGeneration());
    }

    @Test
    @DisplayName("Issue 18: ten different recovery codes, stored as SHA-256, each usable once")
    void recoveryCodes() {
        List<String> codes = SecondFactor.newRecoveryCodes();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(SecondFactor.looksLikeRecoveryCode(c), c));
        RecoveryCode code = new RecoveryCode(enrolled(), codes.get(0));
        assertEquals(64, code.getCodeHash().length());
        assertNotEquals(codes.get(0), code.getCodeHash());
        assertEquals(code.getCodeHash(), SecondFactor.hashRecoveryCode(" " + codes.get(0).toUpperCase() + " "));
        code.use(T0);
        assertTrue(code.isUsed());
        assertThrows(IllegalStateException.class, () -> code.use(T0));
    }
}
