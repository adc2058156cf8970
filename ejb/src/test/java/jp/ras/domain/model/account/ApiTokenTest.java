package jp.ras.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import jp.ras.domain.model.organisation.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private static UserAccount account() {
        return new UserAccount(new AuthenticationId("ORG0001000"), Role.ORG_USER, "佐藤", new MailAddress("a@b.jp"),
                Locale.JAPANESE,
                Fixtures.organisation(null), NOW);
    }

    @Test
    @DisplayName("SE1: a token is 256 random bits in base64url, and only its SHA-256 hash is kept")
    void se1_randomSecretStoredAsHash() throws Exception {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ApiToken.Issued issued = ApiToken.login(account(), NOW);
            String secret = issued.secret();
            assertTrue(secrets.add(secret), "never the same twice");
            assertEquals(32, Base64.getUrlDecoder().decode(secret).length, "256 bits");
            assertTrue(ApiToken.looksLikeSecret(secret), secret);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
            assertEquals(sha256, issued.token().getTokenHash());
            assertNotEquals(secret, issued.token().getTokenHash());
        }
    }

    @Test
    @DisplayName("A token carries its user's role")
    void carriesTheRole() {
        UserAccount agent = new UserAccount(new AuthenticationId("AGT0001000"), Role.AGENT, "行政",
                new MailAddress("g@b.jp"), Locale.JAPANESE,
                Fixtures.organisation(null), NOW);
        assertEquals(Role.AGENT, ApiToken.login(agent, NOW).token().getRole());
        assertEquals(Role.ORG_USER, ApiToken.login(account(), NOW).token().getRole());
    }

    @Test
    @DisplayName("Anything that is not 43 base64url characters is no token (no database look-up)")
    void rubbishIsNoToken() {
        assertFalse(ApiToken.looksLikeSecret(null));
        assertFalse(ApiToken.looksLikeSecret(""));
        assertFalse(ApiToken.looksLikeSecret("a".repeat(42)));
        assertFalse(ApiToken.looksLikeSecret("a".repeat(44)));
        assertFalse(ApiToken.looksLikeSecret("a".repeat(42) + "="));
        assertFalse(ApiToken.looksLikeSecret("a".repeat(42) + "+"));
        assertTrue(ApiToken.looksLikeSecret("aZ09-_".repeat(7) + "x"));
    }

    @Test
    @DisplayName("AP10: a login token lapses after 30 minutes without a call")
    void ap10_loginTokenIdle() {
        ApiToken token = ApiToken.login(account(), NOW).token();
        assertEquals(NOW.plus(Duration.ofMinutes(30)), token.validUntil());
        assertTrue(token.isUsable(NOW.plus(Duration.ofMinutes(30)).minusMillis(1)));
        assertFalse(token.isUsable(NOW.plus(Duration.ofMinutes(30))), "idle for 30 minutes");
    }

    @Test
    @DisplayName("AP10: each call pushes the idle limit on (sliding), writing at most once a minute")
    void ap10_slidingIdle() {
        ApiToken token = ApiToken.login(account(), NOW).token();
        assertFalse(token.touch(NOW.plusSeconds(59)), "within the minute: no write");
        assertEquals(NOW.plus(Duration.ofMinutes(30)), token.validUntil());
        Instant t = NOW;
        for (int i = 0; i < 10; i++) {
            t = t.plus(Duration.ofMinutes(25));
            assertTrue(token.isUsable(t), "used every 25 minutes, still usable after " + (i + 1) * 25 + " min");
            assertTrue(token.touch(t));
        }
        assertEquals(t.plus(Duration.ofMinutes(30)), token.validUntil());
        assertFalse(token.isUsable(t.plus(Duration.ofMinutes(30))));
    }

    @Test
    @DisplayName("A login token ends 12 hours after the login, however busy")
    void loginTokenAbsoluteLimit() {
        ApiToken token = ApiToken.login(account(), NOW).token();
        Instant t = NOW;
        while (t.isBefore(NOW.plus(Duration.ofHours(12)).minus(Duration.ofMinutes(10)))) {
            t = t.plus(Duration.ofMinutes(10));
            assertTrue(token.isUsable(t));
            token.touch(t);
        }
        assertEquals(NOW.plus(ApiToken.LOGIN_MAX), token.validUntil());
        assertFalse(token.isUsable(NOW.plus(ApiToken.LOGIN_MAX)));
    }

    @Test
    @DisplayName("A named token lasts until its expiry (no idle limit), at most one year")
    void namedTokenLifetime() {
        Instant expiry = NOW.plus(Duration.ofDays(365));
        ApiToken token = ApiToken.named(account(), " 人事システム ", expiry, NOW).token();
        assertEquals("人事システム", token.getName());
        assertEquals(ApiToken.Kind.NAMED, token.getKind());
        assertTrue(token.isUsable(NOW.plus(Duration.ofDays(200))), "months without a call");
        assertFalse(token.isUsable(expiry));
        assertThrows(IllegalArgumentException.class,
                () -> ApiToken.named(account(), "x", NOW.plus(Duration.ofDays(366)), NOW));
        assertThrows(IllegalArgumentException.class, () -> ApiToken.named(account(), "x", NOW, NOW));
        assertThrows(IllegalArgumentException.class, () -> ApiToken.named(account(), " ", expiry, NOW));
    }

    @Test
    @DisplayName("A revoked token is refused at once")
    void revoked() {
        ApiToken token = ApiToken.login(account(), NOW).token();
        token.revoke(NOW.plusSeconds(5));
        assertFalse(token.isUsable(NOW.plusSeconds(5)));
        token.revoke(NOW.plusSeconds(10));
        assertEquals(NOW.plusSeconds(5), token.getRevokedAt(), "the first revocation stands");
    }
}
