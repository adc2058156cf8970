package jp.ras.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static String keyOf(String password) {
        List<Violation> violations = PasswordPolicy.check("ORG0001234", password, "newPassword");
        return violations.isEmpty() ? null : violations.get(0).key();
    }

    @Test
    @DisplayName("AC5: 12 to 128 characters")
    void ac5_length() {
        assertEquals("passwordShort", keyOf("kT9#vLq2!mZ"));
        assertEquals(null, keyOf("kT9#vLq2!mZw"));
        assertEquals("passwordLong", keyOf("kT9#vLq2!mZw".repeat(11)));
        assertEquals("passwordShort", keyOf(null));
    }

    @Test
    @DisplayName("AC5: not containing the authentication ID, in any case")
    void ac5_notTheId() {
        assertEquals("passwordContainsId", keyOf("my-org0001234-pass"));
    }

    @Test
    @DisplayName("AC5: not a common password, nor one with digits or symbols appended")
    void ac5_notCommon() {
        assertEquals("passwordCommon", keyOf("password12345678"));
        assertEquals("passwordCommon", keyOf("Password2026!!"));
        assertEquals("passwordCommon", keyOf("qwertyuiop123"));
        assertEquals(null, keyOf("桜が咲く春の朝に走る"  + "ok"));
    }

    @Test
    @DisplayName("AC5: a password is valid for one year (Japan calendar), then must be changed")
    void ac5_oneYear() {
        UserAccount account = new UserAccount(new AuthenticationId("ORG0001234"), Role.ORG_USER, "佐藤",
                new MailAddress("a@b.jp"), Locale.JAPANESE,
                jp.ras.domain.model.organisation.Fixtures.organisation(null), Instant.parse("2026-01-01T00:00:00Z"));
        account.setPasswordHash("hash", Instant.parse("2026-03-31T15:30:00Z")); // 2026-04-01 00:30 in Tokyo
        assertEquals(Instant.parse("2027-03-31T15:30:00Z"), account.passwordExpiresAt());
        assertFalse(account.isPasswordExpired(Instant.parse("2027-03-31T15:29:59Z")));
        assertTrue(account.isPasswordExpired(Instant.parse("2027-03-31T15:30:00Z")));
    }
}
