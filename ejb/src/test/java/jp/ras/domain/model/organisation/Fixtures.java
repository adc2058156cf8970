package jp.ras.domain.model.organisation;

import java.time.LocalDate;
import java.util.List;

/** Test data shared by the domain tests. */
public final class Fixtures {

    public static final RegionalOffice TOKYO = new RegionalOffice("tokyo", "東京出入国在留管理局", "Tokyo", "東", true,
            List.of("東京都", "千葉県"));
    public static final RegionalOffice NARITA = new RegionalOffice("narita", "成田空港支局", "Narita Airport", "成",
            false, List.of());
    public static final RegionalOffice OSAKA = new RegionalOffice("osaka", "大阪出入国在留管理局", "Osaka", "大", true,
            List.of("大阪府"));

    private Fixtures() {
    }

    public static ForeignNational person(String card) {
        return new ForeignNational("Nguyen Van An", null, "vnm", LocalDate.of(1994, 3, 12), Sex.MALE,
                ResidenceCardNumber.parse(card).orElseThrow(), "C1234567", "技術・人文知識・国際業務", "3年", LocalDate.of(2027,
                1, 31), "東京都港区港南1-2-3");
    }

    public static Organisation organisation(LocalDate validUntil) {
        return new Organisation("株式会社テスト", new CorporateNumber("7000012050002"), "東京都", "東京都港区港南5-5-30",
                TOKYO, validUntil);
    }
}
