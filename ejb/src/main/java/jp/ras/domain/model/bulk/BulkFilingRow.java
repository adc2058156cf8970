package jp.ras.domain.model.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.ras.domain.shared.EncryptedStringConverter;
import jp.ras.domain.shared.Violation;

/**
 * What became of one row of a bulk filing (B2): the application filed for it, or the rules it broke with the row's
 * cells as uploaded (encrypted: they are personal data, SE1), for the error workbook. The primary key (filing,
 * row) makes a row recorded at most once, so a restarted job cannot file it twice.
 *
 * <p>B1: a refused row whose only broken rules are its face photo's (none in the ZIP, or one that breaks AP8) is
 * <em>awaiting a photo</em>: the user may attach one afterwards, which files it once ({@link #filedAfterwards}).
 */
@Entity
@Table(name = "bulk_filing_row")
@IdClass(BulkFilingRow.Key.class)
public class BulkFilingRow {

    /** Longest stored list of violations and of cells. */
    public static final int MAX_TEXT = 8000;
    /**
     * Security 3: the longest cells (JSON) a refused row keeps, so that even in kanji (3 UTF-8 bytes a character)
     * their cipher text fits {@code cells_enc}: "v1:" + base64(12 + 3 × 7 900 + 16 bytes) = 31 643 characters.
     */
    public static final int MAX_CELLS = 7_900;

    /** The field of a face photo's violations (AP8), as the photo check reports them. */
    public static final String PHOTO_FIELD = "photo";

    @Id
    @Column(name = "bulk_filing_id")
    private long bulkFilingId;

    @Id
    @Column(name = "row_number")
    private int rowNumber;

    @Column(name = "application_id")
    private Long applicationId;

    /** {@code field|key|rule} per violation, one per line. */
    @Column(length = MAX_TEXT)
    private String violations;

    /** The refused row's cells as JSON, encrypted. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "cells_enc", length = 4 * MAX_TEXT)
    private String cells;

    /** Why a refused row was refused: for its face photo only (B1: a photo attached afterwards may file it) or not. */
    public enum RefusedFor {
        PHOTO, RULES
    }

    /** Null for a filed row. A text, not a boolean: EclipseLink compares H2's booleans with 1 (refused by H2 2). */
    @Enumerated(EnumType.STRING)
    @Column(name = "refused_for", length = 8)
    private RefusedFor refusedFor;

    @Version
    private long version;

    protected BulkFilingRow() {
    }

    private BulkFilingRow(long bulkFilingId, int rowNumber) {
        this.bulkFilingId = bulkFilingId;
        this.rowNumber = rowNumber;
    }

    public static BulkFilingRow filed(long bulkFilingId, int rowNumber, long applicationId) {
        BulkFilingRow row = new BulkFilingRow(bulkFilingId, rowNumber);
        row.applicationId = applicationId;
        return row;
    }

    public static BulkFilingRow refused(long bulkFilingId, int rowNumber, List<Violation> violations,
            String cellsJson) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refused row breaks at least one rule");
        }
        BulkFilingRow row = new BulkFilingRow(bulkFilingId, rowNumber);
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            String line = v.field() + "|" + v.key() + "|" + (v.rule() == null ? "" : v.rule()) + "\n";
            if (text.length() + line.length() > MAX_TEXT) {
                break;
            }
            text.append(line);
        }
        row.violations = text.toString();
        row.cells = cellsJson.length() > MAX_CELLS ? "{}" : cellsJson;
        row.refusedFor = !"{}".equals(row.cells) && violations.stream().allMatch(v -> PHOTO_FIELD.equals(v.field()))
                ? RefusedFor.PHOTO : RefusedFor.RULES;
        return row;
    }

    /**
     * B1: the row, refused for its photo only, is filed now as application {@code applicationId} (its photo was
     * attached afterwards). Its errors and its cells are no longer kept. Once only.
     *
     * @throws IllegalStateException when the row is filed already or was refused for more than its photo
     */
    public void filedAfterwards(long applicationId) {
        if (!isAwaitingPhoto()) {
            throw new IllegalStateException("row " + rowNumber + " of bulk filing " + bulkFilingId
                    + " is not awaiting a photo");
        }
        this.applicationId = applicationId;
        this.refusedFor = null;
        this.violations = null;
        this.cells = null;
    }

    public boolean isFiled() {
        return applicationId != null;
    }

    /** B1: refused for its face photo only, so a photo attached afterwards may file it. */
    public boolean isAwaitingPhoto() {
        return refusedFor == RefusedFor.PHOTO && applicationId == null;
    }

    public List<Violation> violationList() {
        List<Violation> list = new ArrayList<>();
        if (violations != null) {
            for (String line : violations.split("\n")) {
                String[] p = line.split("\\|", -1);
                if (p.length == 3) {
                    list.add(Violation.of(p[0], p[1], p[2].isEmpty() ? null : p[2]));
                }
            }
        }
        return list;
    }

    public long getBulkFilingId() {
        return bulkFilingId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getCells() {
        return cells;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long bulkFilingId;
        private int rowNumber;

        public Key() {
        }

        public Key(long bulkFilingId, int rowNumber) {
            this.bulkFilingId = bulkFilingId;
            this.rowNumber = rowNumber;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.bulkFilingId == bulkFilingId && k.rowNumber == rowNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(bulkFilingId, rowNumber);
        }
    }
}
