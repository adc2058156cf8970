package jp.ras.batch.interfaces.bulk;

import java.io.Serializable;
import jp.ras.batch.infrastructure.excel.BulkRow;

/** A row as read, with the photo the ZIP beside the workbook holds for its card number (or none). */
record ReadRow(BulkRow row, byte[] photo) implements Serializable {
}
