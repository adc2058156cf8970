package jp.ras.domain.model.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A regional immigration office (地方出入国在留管理官署): reference data. Airport branches and sea/airport-only
 * offices never accept usage applications (UA2).
 */
@Entity
@Cacheable
@Table(name = "regional_office")
public class RegionalOffice {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_ja", nullable = false, length = 100)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    /** The character that opens receipt numbers of this office, e.g. 東 (RN2). */
    @Column(name = "receipt_char", nullable = false, length = 2)
    private String receiptChar;

    @Column(name = "accepts_usage_applications", nullable = false)
    private boolean acceptsUsageApplications;

    /** Prefectures under this office's jurisdiction, comma-separated (empty for airport branches). */
    @Column(nullable = false, length = 400)
    private String jurisdiction;

    protected RegionalOffice() {
    }

    public RegionalOffice(String code, String nameJa, String nameEn, String receiptChar,
            boolean acceptsUsageApplications, List<String> prefectures) {
        if (receiptChar == null || receiptChar.codePointCount(0, receiptChar.length()) != 1) {
            throw new IllegalArgumentException("the receipt character is one character");
        }
        if (acceptsUsageApplications && prefectures.isEmpty()) {
            throw new IllegalArgumentException("an office that accepts usage applications has a jurisdiction");
        }
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.receiptChar = receiptChar;
        this.acceptsUsageApplications = acceptsUsageApplications;
        this.jurisdiction = String.join(",", prefectures);
    }

    public String getCode() {
        return code;
    }

    public String getName(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getReceiptChar() {
        return receiptChar;
    }

    public boolean isAcceptsUsageApplications() {
        return acceptsUsageApplications;
    }

    public List<String> getPrefectures() {
        return jurisdiction.isEmpty() ? List.of() : Arrays.asList(jurisdiction.split(","));
    }

    public boolean hasJurisdictionOver(String prefecture) {
        return getPrefectures().contains(prefecture);
    }
}
