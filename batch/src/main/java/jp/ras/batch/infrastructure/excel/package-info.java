/**
 * The Excel side of bulk filing (一括入力, B1, B2), plain Java without a container: the template workbook
 * ({@link jp.ras.batch.infrastructure.excel.BulkTemplate}), the streaming reader of an uploaded workbook or UTF-8 CSV
 * ({@link jp.ras.batch.infrastructure.excel.BulkFile}), the shape check of one row
 * ({@link jp.ras.batch.infrastructure.excel.BulkRowParser}; every filing rule stays in the domain), the ZIP of face
 * photos ({@link jp.ras.batch.infrastructure.excel.PhotoArchive}) and the workbook of refused rows
 * ({@link jp.ras.batch.infrastructure.excel.ErrorWorkbook}).
 */
package jp.ras.batch.infrastructure.excel;
