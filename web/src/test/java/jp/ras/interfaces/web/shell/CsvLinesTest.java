package jp.ras.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

    @Test
    @DisplayName("SE1 audit export: cells are quoted, quotes doubled, lines end in CRLF")
    void quoting() {
        assertEquals("\"1\",\"say \"\"hi\"\"\",\"a,b\",\"\"\r\n", CsvLines.line(List.of("1", "say \"hi\"", "a,b", "")));
    }

    @Test
    @DisplayName("SE1 audit export: a cell a spreadsheet would run as a formula is written as text")
    void noFormulas() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'-1\",\"'@SUM(A1)\",\"ORG0000001\"\r\n",
                CsvLines.line(List.of("=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "ORG0000001")));
    }
}
