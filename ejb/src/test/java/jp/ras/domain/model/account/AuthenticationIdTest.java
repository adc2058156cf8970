package jp.ras.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import jp.ras.domain.shared.TextLimits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuthenticationIdTest {

    @Test
    @DisplayName("U1, U2, AC3: an issued ID is the role's prefix and seven digits of the sequence")
    void issued() {
        assertEquals(new AuthenticationId("ORG0001000"), AuthenticationId.issued(Role.ORG_USER, 1000));
        assertEquals("AGT0001001", AuthenticationId.issued(Role.AGENT, 1001).value());
        assertEquals("OFC9999999", AuthenticationId.issued(Role.OFFICER, 9_999_999).toString());
        assertEquals("SUP0000001", AuthenticationId.issued(Role.SUPERVISOR, 1).toString());
        assertThrows(IllegalArgumentException.class, () -> AuthenticationId.issued(Role.AGENT, 0));
        assertThrows(IllegalArgumentException.class, () -> AuthenticationId.issued(Role.AGENT, 10_000_000));
    }

    @Test
    @DisplayName("U1: an ID is 1 to 32 visible ASCII characters; nothing else can be an account's ID")
    void shape() {
        assertTrue(AuthenticationId.isValid("ORG0000001"));
        assertTrue(AuthenticationId.isValid("check-user"));
        assertTrue(AuthenticationId.isValid("X".repeat(TextLimits.AUTH_ID)));
        assertFalse(AuthenticationId.isValid("X".repeat(TextLimits.AUTH_ID + 1)));
        assertFalse(AuthenticationId.isValid(""));
        assertFalse(AuthenticationId.isValid("ORG 0000001"));
        assertFalse(AuthenticationId.isValid("ＯＲＧ0000001"));
        assertFalse(AuthenticationId.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new AuthenticationId(" ORG0000001"));
        assertThrows(IllegalArgumentException.class, () -> new AuthenticationId(null));
    }

    @Test
    @DisplayName("U1: what a user types at login is read without surrounding blanks; text that is no ID names no one")
    void parse() {
        assertEquals(Optional.of(new AuthenticationId("ORG0000001")), AuthenticationId.parse("  ORG0000001 "));
        assertEquals(Optional.empty(), AuthenticationId.parse("   "));
        assertEquals(Optional.empty(), AuthenticationId.parse(null));
        assertEquals(Optional.empty(), AuthenticationId.parse("X".repeat(2000)));
    }

    @Test
    @DisplayName("U1, AC3: the column holds the ID's text and gives the same ID back")
    void column() {
        AuthenticationId.Column column = new AuthenticationId.Column();
        AuthenticationId id = AuthenticationId.issued(Role.ORG_USER, 1234);
        assertEquals("ORG0001234", column.convertToDatabaseColumn(id));
        assertEquals(id, column.convertToEntityAttribute(column.convertToDatabaseColumn(id)));
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
    }
}
