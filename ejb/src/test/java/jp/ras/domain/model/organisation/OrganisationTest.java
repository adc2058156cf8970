package jp.ras.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private final RegionalOffice osaka = new RegionalOffice("osaka", "大阪出入国在留管理局", "Osaka", "大", true,
            List.of("滋賀県", "京都府", "大阪府", "奈良県", "和歌山県"));

    @Test
    @DisplayName("UA2: an organisation belongs to the office with jurisdiction over its address")
    void ua2_jurisdiction() {
        assertThrows(IllegalArgumentException.class,
                () -> new Organisation("株式会社テスト", null, "東京都", "東京都港区", osaka, null));
        new Organisation("株式会社テスト", null, "大阪府", "大阪府大阪市", osaka, null);
    }

    @Test
    @DisplayName("UA2: airport branches accept no usage applications and have no jurisdiction")
    void ua2_airportBranch() {
        RegionalOffice narita = new RegionalOffice("narita", "成田空港支局", "Narita Airport", "成", false, List.of());
        assertFalse(narita.isAcceptsUsageApplications());
        assertFalse(narita.hasJurisdictionOver("千葉県"));
        assertThrows(IllegalArgumentException.class,
                () -> new RegionalOffice("x", "x", "x", "東", true, List.of()));
        assertTrue(osaka.hasJurisdictionOver("京都府"));
    }

    @Test
    @DisplayName("RN2: an office's receipt-number character is exactly one character")
    void rn2_receiptCharacter() {
        assertThrows(IllegalArgumentException.class,
                () -> new RegionalOffice("x", "x", "x", "東京", true, List.of("東京都")));
    }
}
