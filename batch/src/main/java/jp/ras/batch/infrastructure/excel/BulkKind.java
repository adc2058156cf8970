package jp.ras.batch.infrastructure.excel;

import java.util.List;

/**
 * B1: the procedure a bulk file holds. One file holds one kind, entered on that kind's sheet (Q36); the template has
 * one sheet per kind.
 */
public enum BulkKind {

    /** 在留期間更新許可申請 only. */
    EXTENSION("更新 Extension", "在留期間更新許可申請", "Extension of period of stay"),

    /** 在留期間更新許可申請 with 再入国許可申請 and/or 資格外活動許可申請 (AP1). */
    EXTENSION_WITH_PERMITS("更新＋許可 With permits", "在留期間更新許可申請＋再入国許可申請／資格外活動許可申請",
            "Extension of period of stay with re-entry permit / permission for activity outside status");

    private final String sheetName;
    private final String titleJa;
    private final String titleEn;

    BulkKind(String sheetName, String titleJa, String titleEn) {
        this.sheetName = sheetName;
        this.titleJa = titleJa;
        this.titleEn = titleEn;
    }

    /** The name of this kind's sheet in the template (and in the error workbook). */
    public String sheetName() {
        return sheetName;
    }

    public String titleJa() {
        return titleJa;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The ordered columns of this kind's sheet. */
    public List<BulkColumn> columns() {
        return BulkColumn.of(this);
    }
}
