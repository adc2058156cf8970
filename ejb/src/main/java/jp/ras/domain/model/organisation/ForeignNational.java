package jp.ras.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.shared.EncryptedDateConverter;
import jp.ras.domain.shared.EncryptedStringConverter;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.domain.shared.TextLimits;
import jp.ras.domain.shared.Violation;

/**
 * A foreign national as the roster records them (所属している外国人リスト, UA4, PR6). Date of birth, residence card
 * number and passport number are personal data and stored encrypted (SE1).
 */
@Embeddable
public class ForeignNational implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_roman", nullable = false, length = TextLimits.NAME)
    private String nameRoman;

    /** Only when the card shows a kanji name. */
    @Column(name = "name_kanji", length = TextLimits.NAME)
    private String nameKanji;

    /** ISO 3166-1 alpha-3. */
    @Column(nullable = false, length = 3)
    private String nationality;

    @Convert(converter = EncryptedDateConverter.class)
    @Column(name = "date_of_birth_enc", length = 200)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Sex sex;

    @Convert(converter = ResidenceCardNumber.EncryptedColumn.class)
    @Column(name = "card_number_enc", length = 200)
    private ResidenceCardNumber cardNumber;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "passport_number_enc", length = 200)
    private String passportNumber;

    @Column(name = "status_of_residence", nullable = false, length = TextLimits.STATUS_OF_RESIDENCE)
    private String statusOfResidence;

    @Column(name = "period_of_stay", nullable = false, length = TextLimits.PERIOD)
    private String periodOfStay;

    @Column(name = "stay_expiry", nullable = false)
    private LocalDate stayExpiry;

    @Column(length = TextLimits.ADDRESS)
    private String address;

    protected ForeignNational() {
    }

    /**
     * Checks every field and reports all wrong ones at once (AP9). Field names are those of the input forms:
     * nameRoman, nationality, dateOfBirth, sex, cardNumber, passportNumber, statusOfResidence, periodOfStay,
     * stayExpiry, address. A missing card number ({@link ResidenceCardNumber#parse} of a wrong one is empty) is
     * reported as {@code cardNumber}.
     */
    public ForeignNational(String nameRoman, String nameKanji, String nationality, LocalDate dateOfBirth, Sex sex,
            ResidenceCardNumber cardNumber, String passportNumber, String statusOfResidence, String periodOfStay,
            LocalDate stayExpiry, String address) {
        this.nameRoman = blankToNull(nameRoman) == null ? null : nameRoman.strip().toUpperCase(Locale.ROOT);
        this.nameKanji = blankToNull(nameKanji);
        this.nationality = blankToNull(nationality) == null ? null : nationality.strip().toUpperCase(Locale.ROOT);
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.cardNumber = cardNumber;
        this.passportNumber = blankToNull(passportNumber) == null ? null
                : passportNumber.strip().toUpperCase(Locale.ROOT);
        this.statusOfResidence = blankToNull(statusOfResidence);
        this.periodOfStay = blankToNull(periodOfStay);
        this.stayExpiry = stayExpiry;
        this.address = blankToNull(address);
        new RuleViolationException.Collector()
                .length(this.nameRoman, "nameRoman", TextLimits.NAME)
                .check(!TextLimits.fits(this.nameRoman, TextLimits.NAME)
                        || this.nameRoman != null && this.nameRoman.matches("[A-Z ,.'-]+"), "nameRoman", "nameRoman")
                .length(this.nameKanji, "nameKanji", TextLimits.NAME)
                .check(this.nationality != null && this.nationality.matches("[A-Z]{3}"), "nationality",
                        "nationality")
                .check(dateOfBirth != null, "dateOfBirth", "required")
                .check(sex != null, "sex", "required")
                .check(cardNumber != null, "cardNumber", "cardNumber")
                .check(this.passportNumber == null || this.passportNumber.matches("[A-Z0-9]{6,20}"),
                        "passportNumber", "passportNumber")
                .check(this.statusOfResidence != null, "statusOfResidence", "required")
                .length(this.statusOfResidence, "statusOfResidence", TextLimits.STATUS_OF_RESIDENCE)
                .check(this.periodOfStay != null, "periodOfStay", "required")
                .length(this.periodOfStay, "periodOfStay", TextLimits.PERIOD)
                .check(stayExpiry != null, "stayExpiry", "required")
                .check(dateOfBirth == null || stayExpiry == null || dateOfBirth.isBefore(stayExpiry), "dateOfBirth",
                        "dateOfBirth")
                .check(this.address != null, "address", "required")
                .length(this.address, "address", TextLimits.ADDRESS)
                .throwIfAny();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Card number with only its first two and last two characters shown, for the public tier. */
    public String maskedCardNumber() {
        return cardNumber == null ? null : cardNumber.masked();
    }

    /**
     * B2, AP2: a bulk-filing row names the person by card number and repeats their name, status of residence and
     * expiry, so a row typed against the wrong person is refused instead of filed for someone else. Returns the
     * fields that differ from this person as the roster holds them (the name compared without case or extra
     * spaces).
     */
    public List<Violation> mismatches(String nameRoman, String statusOfResidence, LocalDate stayExpiry) {
        List<Violation> wrong = new ArrayList<>();
        String name = nameRoman == null ? "" : nameRoman.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!name.equals(this.nameRoman)) {
            wrong.add(Violation.of("nameRoman", "rosterMismatch", "AP2"));
        }
        if (statusOfResidence == null || !statusOfResidence.strip().equals(this.statusOfResidence)) {
            wrong.add(Violation.of("statusOfResidence", "rosterMismatch", "AP2"));
        }
        if (stayExpiry == null || !stayExpiry.equals(this.stayExpiry)) {
            wrong.add(Violation.of("stayExpiry", "rosterMismatch", "AP2"));
        }
        return wrong;
    }

    public String getNameRoman() {
        return nameRoman;
    }

    public String getNameKanji() {
        return nameKanji;
    }

    public String getNationality() {
        return nationality;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    /** The card number's text (screens, mails, API); {@link #cardNumber()} is the value. */
    public String getCardNumber() {
        return cardNumber == null ? null : cardNumber.value();
    }

    public ResidenceCardNumber cardNumber() {
        return cardNumber;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public String getStatusOfResidence() {
        return statusOfResidence;
    }

    public String getPeriodOfStay() {
        return periodOfStay;
    }

    public LocalDate getStayExpiry() {
        return stayExpiry;
    }

    public String getAddress() {
        return address;
    }
}
