package jp.ras.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.ras.domain.model.organisation.ForeignNational;
import jp.ras.domain.model.organisation.ResidenceCardNumber;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.Violation;

/** A foreign national as a screen or an upload gives them, before the roster's rules are checked. */
public record PersonData(String nameRoman, String nameKanji, String nationality, LocalDate dateOfBirth, Sex sex,
        String cardNumber, String passportNumber, String statusOfResidence, String periodOfStay,
        LocalDate stayExpiry, String address) implements Serializable {

    /** Checks the rules; violations name the field as {@code <prefix><field>}, e.g. {@code persons[2].cardNumber}. */
    public ForeignNational toForeignNational(String prefix) {
        try {
            // A card number that is none is reported on its field by ForeignNational, with the other wrong fields.
            return new ForeignNational(nameRoman, nameKanji, nationality, dateOfBirth, sex,
                    ResidenceCardNumber.parse(cardNumber).orElse(null), passportNumber, statusOfResidence,
                    periodOfStay, stayExpiry, address);
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.violations().stream()
                    .map(v -> new Violation(prefix + v.field(), v.key(), v.rule())).toList());
        }
    }

    /** All persons checked together, so every wrong field of every row is reported at once (AP9). */
    public static List<ForeignNational> toForeignNationals(List<PersonData> persons, String listField) {
        List<ForeignNational> result = new ArrayList<>();
        RuleViolationException.Collector violations = new RuleViolationException.Collector();
        for (int i = 0; i < persons.size(); i++) {
            try {
                result.add(persons.get(i).toForeignNational(listField + "[" + i + "]."));
            } catch (RuleViolationException e) {
                violations.add(e.violations());
            }
        }
        violations.throwIfAny();
        return result;
    }
}
