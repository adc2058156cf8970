package jp.ras.interfaces.web.shell;

import java.io.Serializable;
import java.time.LocalDate;
import jp.ras.application.PersonData;
import jp.ras.domain.model.organisation.Sex;

/** One foreign national as a form edits them: the mutable twin of {@link PersonData}, field names alike. */
public class PersonRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String nameRoman;
    private String nameKanji;
    private String nationality;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String cardNumber;
    private String passportNumber;
    private String statusOfResidence;
    private String periodOfStay;
    private LocalDate stayExpiry;
    private String address;

    public static PersonRow of(PersonData d) {
        PersonRow row = new PersonRow();
        row.nameRoman = d.nameRoman();
        row.nameKanji = d.nameKanji();
        row.nationality = d.nationality();
        row.dateOfBirth = d.dateOfBirth();
        row.sex = d.sex();
        row.cardNumber = d.cardNumber();
        row.passportNumber = d.passportNumber();
        row.statusOfResidence = d.statusOfResidence();
        row.periodOfStay = d.periodOfStay();
        row.stayExpiry = d.stayExpiry();
        row.address = d.address();
        return row;
    }

    public PersonData toData() {
        return new PersonData(nameRoman, nameKanji, nationality, dateOfBirth, sex, cardNumber, passportNumber,
                statusOfResidence, periodOfStay, stayExpiry, address);
    }

    /** Nothing entered at all: such a row is left out rather than reported. */
    public boolean isEmpty() {
        return blank(nameRoman) && blank(nameKanji) && blank(nationality) && dateOfBirth == null && sex == null
                && blank(cardNumber) && blank(passportNumber) && blank(statusOfResidence) && blank(periodOfStay)
                && stayExpiry == null && blank(address);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getNameRoman() {
        return nameRoman;
    }

    public void setNameRoman(String nameRoman) {
        this.nameRoman = nameRoman;
    }

    public String getNameKanji() {
        return nameKanji;
    }

    public void setNameKanji(String nameKanji) {
        this.nameKanji = nameKanji;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public String getStatusOfResidence() {
        return statusOfResidence;
    }

    public void setStatusOfResidence(String statusOfResidence) {
        this.statusOfResidence = statusOfResidence;
    }

    public String getPeriodOfStay() {
        return periodOfStay;
    }

    public void setPeriodOfStay(String periodOfStay) {
        this.periodOfStay = periodOfStay;
    }

    public LocalDate getStayExpiry() {
        return stayExpiry;
    }

    public void setStayExpiry(LocalDate stayExpiry) {
        this.stayExpiry = stayExpiry;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
