package jp.ras.interfaces.web.officer;

import java.util.List;

/**
 * One CSV line (RFC 4180) of the audit export. A cell that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return: the trail holds text users typed) is written with a leading
 * apostrophe, as OWASP advises against CSV injection.
 */
final class AuditCsv {

    private AuditCsv() {
    }

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String cell = cells.get(i);
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                cell = "'" + cell;
            }
            line.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
