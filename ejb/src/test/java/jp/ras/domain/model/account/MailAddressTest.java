package jp.ras.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailAddressTest {

    @Test
    @DisplayName("AC6: any domain is accepted; only the shape of an address is checked")
    void anyDomain() {
        assertTrue(MailAddress.isValid("someone@anything.example"));
        assertTrue(MailAddress.isValid("a.b+c@sub.domain.co.jp"));
        assertTrue(MailAddress.isValid("x".repeat(64) + "@example.jp"));
        assertFalse(MailAddress.isValid("x".repeat(65) + "@example.jp"));
        assertFalse(MailAddress.isValid("a@" + "b".repeat(250) + ".jp"));
        assertFalse(MailAddress.isValid("no-at-sign.example.jp"));
        assertFalse(MailAddress.isValid("a@localhost"));
        assertFalse(MailAddress.isValid("a b@example.jp"));
        assertFalse(MailAddress.isValid("a@@example.jp"));
        assertFalse(MailAddress.isValid(null));
    }

    @Test
    @DisplayName("AC6: a value is always an address; as typed, surrounding blanks are dropped")
    void value() {
        assertEquals("a@example.jp", MailAddress.of("  a@example.jp ").value());
        assertEquals("a@example.jp", MailAddress.of("a@example.jp").toString());
        assertThrows(IllegalArgumentException.class, () -> MailAddress.of("not an address"));
        assertThrows(IllegalArgumentException.class, () -> MailAddress.of(null));
        assertThrows(IllegalArgumentException.class, () -> new MailAddress(" a@example.jp"));
    }

    @Test
    @DisplayName("AC1: the same mailbox is recognised whatever the case of its letters")
    void sameAs() {
        MailAddress address = new MailAddress("Sato@Example.jp");
        assertTrue(address.sameAs(" sato@example.JP "));
        assertFalse(address.sameAs("sato2@example.jp"));
        assertFalse(address.sameAs(null));
    }

    @Test
    @DisplayName("AC6: the column holds the address's text and gives the same address back")
    void column() {
        MailAddress.Column column = new MailAddress.Column();
        MailAddress address = new MailAddress("sato@sakura.example.jp");
        assertEquals("sato@sakura.example.jp", column.convertToDatabaseColumn(address));
        assertEquals(address, column.convertToEntityAttribute("sato@sakura.example.jp"));
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
    }
}
