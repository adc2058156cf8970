package jp.ras.domain.model.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Comparator;
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

    /**
     * Issue 15: the order in which the agency lists its offices (出入国在留管理庁, 組織): each regional bureau from north
     * to south, its district offices and airport branches after it. An office not listed here comes last, by code.
     */
    public static final List<String> AGENCY_ORDER = List.of("sapporo", "sendai", "tokyo", "narita", "haneda",
            "yokohama", "nagoya", "chubu", "osaka", "kansai", "kobe", "hiroshima", "takamatsu", "fukuoka", "naha");

    /** Issue 15: offices in the agency's order. */
    public static final Comparator<RegionalOffice> IN_AGENCY_ORDER = Comparator
            .comparingInt((RegionalOffice o) -> AGENCY_ORDER.contains(o.getCode()) ? AGENCY_ORDER.indexOf(o.getCode())
                    : AGENCY_ORDER.size())
            .thenComparing(RegionalOffice::getCode);

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
