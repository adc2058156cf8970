package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidenceTermsTest {

    @ParameterizedTest(name = "AP11: {0} is \"{1}\" in English")
    @CsvSource(delimiter = '|', value = {
        "技能|Skilled Labor",
        "家族滞在|Dependent",
        "技術・人文知識・国際業務|Engineer / Specialist in Humanities / International Services",
        "技能実習2号ロ|Technical Intern Training (ii)(b)",
        "特定技能１号|Specified Skilled Worker (i)",
        "高度専門職1号イ|Highly Skilled Professional (i)(a)",
        "永住者の配偶者等|Spouse or Child of Permanent Resident",
        "永住者|Permanent Resident",
        "留学|Student",
        "何かの在留資格|何かの在留資格"})
    @DisplayName("AP11: statuses of residence in English")
    void ap11_statusInEnglish(String japanese, String english) {
        assertEquals(english, ResidenceTerms.status(japanese, Locale.ENGLISH));
        assertEquals(japanese, ResidenceTerms.status(japanese, Locale.JAPANESE));
    }

    @ParameterizedTest(name = "AP11: {0} is \"{1}\" in English")
    @CsvSource(delimiter = '|', value = {
        "1年|1 year",
        "3年|3 years",
        "1年3月|1 year 3 months",
        "6月|6 months",
        "90日|90 days",
        "１年|1 year",
        "5 years|5 years",
        "無期限|無期限"})
    @DisplayName("AP11: periods of stay in English")
    void ap11_periodInEnglish(String japanese, String english) {
        assertEquals(english, ResidenceTerms.period(japanese, Locale.ENGLISH));
        assertEquals(japanese, ResidenceTerms.period(japanese, Locale.JAPANESE));
    }

    @ParameterizedTest(name = "issue 15: current expiry {0} and {1} propose {2}")
    @CsvSource(delimiter = '|', value = {
        "2027-01-31|1年|2028-01-31",
        "2027-01-31|3年|2030-01-31",
        "2027-01-31|1年3月|2028-04-30",
        "2027-01-31|6月|2027-07-31",
        "2027-01-31|90日|2027-05-01",
        "2028-02-29|1年|2029-02-28",
        "2027-01-31|長めに|",
        "2027-01-31||"})
    @DisplayName("Issue 15: the new expiry proposed from the period")
    void expiryProposedFromThePeriod(String current, String period, String proposed) {
        assertEquals(proposed == null ? java.util.Optional.empty() : java.util.Optional.of(
                java.time.LocalDate.parse(proposed)), ResidenceTerms.expiryAfter(java.time.LocalDate.parse(current),
                        period));
    }

    @ParameterizedTest(name = "AP11: nationality {0} is \"{1}\" and \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "VNM|ベトナム（VNM）|Vietnam (VNM)",
        "PHL|フィリピン（PHL）|Philippines (PHL)",
        "CHN|中国（CHN）|China (CHN)",
        "IDN|インドネシア（IDN）|Indonesia (IDN)",
        "XXA|XXA|XXA"})
    @DisplayName("AP11: nationalities by name in the page's language, with the card's code")
    void ap11_nationalityByName(String code, String japanese, String english) {
        assertEquals(japanese, ResidenceTerms.nationality(code, Locale.JAPANESE));
        assertEquals(english, ResidenceTerms.nationality(code, Locale.ENGLISH));
    }
}
