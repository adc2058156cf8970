package jp.ras.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2026-11-26T01:00:00Z");

    private static UserAccount officer() {
        UserAccount account = new UserAccount(new AuthenticationId("OFC0000009"), Role.OFFICER, "入管 太郎",
                new MailAddress("o@example.jp"), Locale.JAPANESE,
                null, T0);
        account.setPasswordHash("hash", T0);
        return account;
    }

    private static Organisation organisation() {
        RegionalOffice tokyo = new RegionalOffice("tokyo", "東京出入国在留管理局", "Tokyo", "東", true,
                java.util.List.of("東京都"));
        return new Organisation("株式会社テスト", null, "東京都", "東京都港区港南5-5-30", tokyo, null);
    }

    private static void failUntilLocked(UserAccount account) {
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            account.recordFailedLogin(T0);
        }
    }

    @Test
    @DisplayName("AC4: five consecutive wrong passwords lock the account")
    void ac4_fiveFailuresLock() {
        UserAccount account = officer();
        for (int i = 1; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            assertFalse(account.recordFailedLogin(T0.plusSeconds(i)), "failure " + i + " must not lock");
            assertFalse(account.isLocked(T0.plusSeconds(i)));
        }
        assertTrue(account.recordFailedLogin(T0.plusSeconds(10)), "the fifth failure locks");
        assertTrue(account.isLocked(T0.plusSeconds(11)));
        assertFalse(account.canLogIn(T0.plusSeconds(11)));
    }

    @Test
    @DisplayName("AC4: a lock ends by itself 24 hours after it began, and the count starts again")
    void ac4_lockEndsAfter24Hours() {
        UserAccount account = officer();
        failUntilLocked(account);
        assertTrue(account.isLocked(T0.plus(Duration.ofHours(24)).minusSeconds(1)));
        Instant later = T0.plus(Duration.ofHours(24));
        assertFalse(account.isLocked(later));
        assertTrue(account.canLogIn(later));
        assertFalse(account.recordFailedLogin(later), "one failure after the lock ended does not lock again");
        assertEquals(1, account.getFailedLogins());
    }

    @Test
    @DisplayName("AC4: a supervisor's unlock ends the lock at once")
    void ac4_unlock() {
        UserAccount account = officer();
        failUntilLocked(account);
        account.unlock();
        assertFalse(account.isLocked(T0.plusSeconds(1)));
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    @DisplayName("AC4: a successful login resets the failure count and returns the previous login time")
    void ac4_successResetsCount() {
        UserAccount account = officer();
        account.recordFailedLogin(T0);
        account.recordFailedLogin(T0);
        assertNull(account.recordSuccessfulLogin(T0.plusSeconds(5)));
        assertEquals(0, account.getFailedLogins());
        assertEquals(T0.plusSeconds(5), account.recordSuccessfulLogin(T0.plusSeconds(60)));
    }

    @Test
    @DisplayName("AC4: a locked account cannot record a successful login")
    void ac4_lockedCannotLogIn() {
        UserAccount account = officer();
        failUntilLocked(account);
        assertThrows(IllegalStateException.class, () -> account.recordSuccessfulLogin(T0.plusSeconds(1)));
    }

    @Test
    @DisplayName("U1: an organisation user belongs to one organisation; an officer to none")
    void u1_organisationBinding() {
        assertThrows(IllegalArgumentException.class, () -> new UserAccount(new AuthenticationId("ORG0000009"),
                Role.ORG_USER, "佐藤",
                new MailAddress("s@example.jp"), Locale.JAPANESE, null, T0));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount(new AuthenticationId("OFC0000008"),
                Role.OFFICER, "入管",
                new MailAddress("o@example.jp"), Locale.JAPANESE, organisation(), T0));
        UserAccount staff = new UserAccount(new AuthenticationId("ORG0000009"), Role.ORG_USER, "佐藤",
                new MailAddress("s@example.jp"), Locale.JAPANESE,
                organisation(), T0);
        assertEquals("株式会社テスト", staff.getOrganisation().getName());
    }

    @Test
    @DisplayName("U1: an account without a password set cannot log in")
    void u1_noPasswordNoLogin() {
        UserAccount account = new UserAccount(new AuthenticationId("OFC0000007"), Role.OFFICER, "入管",
                new MailAddress("o@example.jp"), Locale.JAPANESE,
                null, T0);
        assertFalse(account.canLogIn(T0));
    }

    @Test
    @DisplayName("AC5: the password's expiry is a Japan date a year on; reminders go to active accounts with a"
            + " password, officers included, never to deleted ones")
    void ac5_reminderRecipients() {
        UserAccount account = officer(); // set at 10:00 Japan time on 2026-11-26
        assertEquals(java.time.LocalDate.of(2027, 11, 26), account.passwordExpiryDate());
        assertTrue(account.receivesPasswordReminders());
        UserAccount late = new UserAccount(new AuthenticationId("OFC0000006"), Role.OFFICER, "入管",
                new MailAddress("o@example.jp"), Locale.JAPANESE,
                null, T0);
        late.setPasswordHash("hash", Instant.parse("2026-11-26T15:30:00Z")); // 00:30 on the 27th in Japan
        assertEquals(java.time.LocalDate.of(2027, 11, 27), late.passwordExpiryDate());
        UserAccount none = new UserAccount(new AuthenticationId("OFC0000005"), Role.OFFICER, "入管",
                new MailAddress("o@example.jp"), Locale.JAPANESE,
                null, T0);
        assertFalse(none.receivesPasswordReminders());
        assertNull(none.passwordExpiryDate());
        account.delete(T0);
        assertFalse(account.receivesPasswordReminders());
    }
}
