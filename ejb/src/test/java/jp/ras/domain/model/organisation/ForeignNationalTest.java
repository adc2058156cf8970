package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import jp.ras.domain.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForeignNationalTest {

    @Test
    @DisplayName("UA4: the roster keeps names in roman capitals, codes upper-case, the card number checked")
    void ua4_normalised() {
        ForeignNational person = Fixtures.person("ab12345678cd");
        assertEquals("NGUYEN VAN AN", person.getNameRoman());
        assertEquals("VNM", person.getNationality());
        assertEquals("AB12345678CD", person.getCardNumber());
        assertEquals("AB********CD", person.maskedCardNumber());
    }

    @Test
    @DisplayName("AP9, UA4: every wrong field is reported at once, each on its own field")
    void ap9_allViolationsAtOnce() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new ForeignNational("山田", null, "Vietnam", null, null,
                        ResidenceCardNumber.parse("A1234567BC").orElse(null), "#", null, "", null,
                        null));
        Set<String> fields = e.violations().stream().map(v -> v.field()).collect(Collectors.toSet());
        assertEquals(Set.of("nameRoman", "nationality", "dateOfBirth", "sex", "cardNumber", "passportNumber",
                "statusOfResidence", "periodOfStay", "stayExpiry", "address"), fields);
    }

    @Test
    @DisplayName("UA4: the residence card number is two letters, eight digits, two letters")
    void ua4_cardNumberFormat() {
        assertEquals(true, ResidenceCardNumber.isValid("AB12345678CD"));
        assertEquals(false, ResidenceCardNumber.isValid("AB1234567CD"));
        assertEquals(false, ResidenceCardNumber.isValid("1B12345678CD"));
        assertThrows(RuleViolationException.class, () -> new ForeignNational("LI WEI", null, "CHN",
                LocalDate.of(1990, 1, 1), Sex.FEMALE, ResidenceCardNumber.parse("AB12345678C").orElse(null), null,
                "留学", "1年", LocalDate.of(2027, 1, 1),
                "東京都"));
    }

    @Test
    @DisplayName("B2, AP2: a bulk row must describe the person on the roster: name (any case, spaces), status, expiry")
    void b2_bulkRowMustMatchTheRoster() {
        ForeignNational person = Fixtures.person("AB12345678CD");
        assertEquals(java.util.List.of(), person.mismatches(" nguyen  van an ", "技術・人文知識・国際業務",
                LocalDate.of(2027, 1, 31)));
        assertEquals(Set.of("nameRoman", "statusOfResidence", "stayExpiry"),
                person.mismatches("NGUYEN VAN BINH", "留学", LocalDate.of(2027, 2, 1)).stream()
                        .peek(v -> assertEquals("AP2", v.rule())).map(v -> v.field()).collect(Collectors.toSet()));
        assertEquals(Set.of("stayExpiry", "statusOfResidence"), person.mismatches("Nguyen Van An", null, null)
                .stream().map(v -> v.field()).collect(Collectors.toSet()));
    }
}
