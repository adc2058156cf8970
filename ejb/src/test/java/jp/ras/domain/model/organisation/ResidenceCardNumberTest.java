package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResidenceCardNumberTest {

    @Test
    @DisplayName("UA4: a card number is two letters, eight digits, two letters; a value is never anything else")
    void ua4_shape() {
        assertTrue(ResidenceCardNumber.isValid("AB12345678CD"));
        assertFalse(ResidenceCardNumber.isValid("ab12345678cd"));
        assertFalse(ResidenceCardNumber.isValid("AB1234567CD"));
        assertFalse(ResidenceCardNumber.isValid("ＡＢ12345678CD"));
        assertFalse(ResidenceCardNumber.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new ResidenceCardNumber("AB12345678C"));
        assertThrows(IllegalArgumentException.class, () -> new ResidenceCardNumber(null));
        assertEquals("AB12345678CD", new ResidenceCardNumber("AB12345678CD").toString());
    }

    @Test
    @DisplayName("UA4, AP9: as typed, blanks and lower case are accepted; anything else is no number (empty)")
    void ua4_parse() {
        assertEquals("AB12345678CD", ResidenceCardNumber.normalise(" ab 1234 5678 cd "));
        assertEquals(Optional.of(new ResidenceCardNumber("AB12345678CD")), ResidenceCardNumber.parse(" ab12345678cd"));
        assertEquals(Optional.empty(), ResidenceCardNumber.parse("A1234567BC"));
        assertEquals(Optional.empty(), ResidenceCardNumber.parse(""));
        assertEquals(Optional.empty(), ResidenceCardNumber.parse(null));
    }

    @Test
    @DisplayName("SE1: the public tier sees the first two and last two characters only")
    void se1_masked() {
        assertEquals("AB********CD", new ResidenceCardNumber("AB12345678CD").masked());
    }

    @Test
    @DisplayName("AP9: a missing or wrong card number is reported on its own field")
    void ap9_missing() {
        assertEquals("cardNumber", assertThrows(jp.ras.domain.shared.RuleViolationException.class,
                () -> new ForeignNational("LI WEI", null, "CHN", java.time.LocalDate.of(1990, 1, 1), Sex.FEMALE, null,
                        null, "留学", "1年", java.time.LocalDate.of(2027, 1, 1), "東京都"))
                .violations().get(0).field());
    }

    @Test
    @DisplayName("SE1: the encrypted column passes null through without needing a key")
    void se1_nullColumn() {
        ResidenceCardNumber.EncryptedColumn column = new ResidenceCardNumber.EncryptedColumn();
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
    }
}
