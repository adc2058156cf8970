package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.ras.domain.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CorporateNumberTest {

    @Test
    @DisplayName("UA4: a corporate number's first digit is its check digit (National Tax Agency: 7000012050002)")
    void ua4_checkDigit() {
        assertTrue(CorporateNumber.isValid("7000012050002"));
        assertFalse(CorporateNumber.isValid("8000012050002"));
        assertFalse(CorporateNumber.isValid("700001205000"));
        assertFalse(CorporateNumber.isValid("70000120500x2"));
    }

    @Test
    @DisplayName("UA4: full-width digits and hyphens as typed are accepted")
    void ua4_normalise() {
        assertEquals("7000012050002", CorporateNumber.normalise("７０００-０１２０-５０００２"));
        assertEquals(null, CorporateNumber.normalise(null));
    }

    @Test
    @DisplayName("UA4: a sole proprietor has no corporate number; a wrong one is refused on its field")
    void ua4_optionalButChecked() {
        Organisation.checkIdentity("山田商店", null, "東京都", "東京都港区");
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> Organisation.checkIdentity("株式会社テスト", "1234567890123", "東京都", "東京都港区"));
        assertEquals("corporateNumber", e.violations().get(0).field());
    }

    @Test
    @DisplayName("UA4: a value is always a number with a correct check digit; as typed it is normalised first")
    void ua4_value() {
        assertEquals(new CorporateNumber("7000012050002"), CorporateNumber.ofNullable("７０００-０１２０-５０００２"));
        assertNull(CorporateNumber.ofNullable(null));
        assertNull(CorporateNumber.ofNullable(" - "));
        assertThrows(IllegalArgumentException.class, () -> CorporateNumber.ofNullable("1234567890123"));
        assertThrows(IllegalArgumentException.class, () -> new CorporateNumber("7000-0120-50002"));
        assertThrows(IllegalArgumentException.class, () -> new CorporateNumber(null));
        assertEquals("7000012050002", new CorporateNumber("7000012050002").toString());
    }

    @Test
    @DisplayName("UA4: an organisation takes the value; a sole proprietor's is none")
    void ua4_organisation() {
        assertEquals("7000012050002", Fixtures.organisation(null).getCorporateNumber());
        assertEquals(new CorporateNumber("7000012050002"), Fixtures.organisation(null).corporateNumber());
        assertNull(new Organisation("山田商店", null, "東京都", "東京都港区", Fixtures.TOKYO, null).corporateNumber());
    }

    @Test
    @DisplayName("UA4: the column holds the 13 digits and gives the same number back")
    void ua4_column() {
        CorporateNumber.Column column = new CorporateNumber.Column();
        CorporateNumber number = new CorporateNumber("1010001000006");
        assertEquals("1010001000006", column.convertToDatabaseColumn(number));
        assertEquals(number, column.convertToEntityAttribute("1010001000006"));
        assertNull(column.convertToDatabaseColumn(null));
        assertNull(column.convertToEntityAttribute(null));
    }
}
