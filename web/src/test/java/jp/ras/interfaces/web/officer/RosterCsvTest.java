package jp.ras.interfaces.web.officer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.ras.application.PersonData;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.interfaces.web.officer.RosterCsv.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    private static final String HEADER = String.join(",", RosterCsv.COLUMNS) + "\n";

    private static final String NGUYEN = "NGUYEN VAN AN,,VNM,1994-03-12,M,AB12345678CD,C1234567,技術・人文知識・国際業務,"
            + "3年,2027-04-01,東京都港区港南1-1-1\n";

    @Test
    @DisplayName("UA4: a header row and one person per line give the persons, with dates and sex read")
    void readsPersons() throws IOException {
        String csv = HEADER + NGUYEN
                + "\"LI, MEI\",李 梅,CHN,1999-12-31,F,CD87654321EF,,留学,\"1年3月\",2026-10-01,\"大阪府大阪市北区1-2 \"\"梅田\"\"\"\r\n";
        RosterCsv.Result result = RosterCsv.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(2, result.persons().size());
        PersonData first = result.persons().get(0);
        assertEquals("NGUYEN VAN AN", first.nameRoman());
        assertNull(first.nameKanji(), "an empty field is no value");
        assertEquals(LocalDate.of(1994, 3, 12), first.dateOfBirth());
        assertEquals(Sex.MALE, first.sex());
        assertEquals("技術・人文知識・国際業務", first.statusOfResidence());
        PersonData second = result.persons().get(1);
        assertEquals("LI, MEI", second.nameRoman(), "a quoted field keeps its comma");
        assertEquals("李 梅", second.nameKanji());
        assertEquals(Sex.FEMALE, second.sex());
        assertNull(second.passportNumber());
        assertEquals("大阪府大阪市北区1-2 \"梅田\"", second.address(), "doubled quotes are one quote");
        assertEquals(LocalDate.of(2026, 10, 1), second.stayExpiry());
    }

    @Test
    @DisplayName("UA4: columns may come in any order, a byte order mark and blank lines are ignored")
    void headerOrderAndBom() throws IOException {
        List<String> reversed = new java.util.ArrayList<>(RosterCsv.COLUMNS);
        java.util.Collections.reverse(reversed);
        String row = "東京都港区,2027-04-01,3年,技能実習,,AB12345678CD,F,2001-02-03,PHL,,SANTOS MARIA";
        String csv = "\uFEFF" + String.join(",", reversed) + "\n\n" + row + "\n\n";
        RosterCsv.Result result = RosterCsv.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(result.ok(), result.problems().toString());
        PersonData person = result.persons().get(0);
        assertEquals("SANTOS MARIA", person.nameRoman());
        assertEquals("PHL", person.nationality());
        assertEquals(Sex.FEMALE, person.sex());
        assertEquals("東京都港区", person.address());
    }

    @Test
    @DisplayName("UA4: a line with the wrong number of columns is reported with its line number, and nothing is read")
    void wrongColumnCount() {
        String csv = HEADER + NGUYEN + "TRAN THI BINH,,VNM,1990-01-01,F,AB12345678CD\n" + NGUYEN;
        RosterCsv.Result result = RosterCsv.parse(csv);
        assertFalse(result.ok());
        assertEquals(List.of(new Problem(3, "columns", "6")), result.problems());
        assertEquals(List.of(), result.persons(), "nothing is half-read (B2)");
    }

    @Test
    @DisplayName("UA4: a bad date and a bad sex are reported by line number and column, all at once")
    void badDateAndSex() {
        String csv = HEADER + NGUYEN
                + "TRAN THI BINH,,VNM,1990-02-30,X,AB12345678CD,,留学,1年,2026/10/01,東京都\n";
        RosterCsv.Result result = RosterCsv.parse(csv);
        assertEquals(List.of(new Problem(3, "date", "dateOfBirth"), new Problem(3, "date", "stayExpiry"),
                new Problem(3, "sex", "sex")), result.problems());
    }

    @Test
    @DisplayName("UA4: a quoted field over two lines counts both lines, so later line numbers stay right")
    void lineNumbersAfterAMultiLineField() {
        String csv = HEADER + "NGUYEN VAN AN,,VNM,1994-03-12,M,AB12345678CD,,留学,1年,2027-04-01,\"東京都\n港区\"\n"
                + "TRAN,,VNM,bad,M,AB12345678CD,,留学,1年,2027-04-01,東京都\n";
        assertEquals(List.of(new Problem(4, "date", "dateOfBirth")), RosterCsv.parse(csv).problems());
    }

    @Test
    @DisplayName("UA4: a missing or unknown header column, an open quote and an empty file are reported")
    void fileProblems() {
        assertEquals(List.of(new Problem(1, "header", "name"), new Problem(1, "header", "nameRoman")),
                RosterCsv.parse(HEADER.replace("nameRoman", "name") + NGUYEN).problems());
        assertEquals(List.of(new Problem(2, "quote", null)), RosterCsv.parse(HEADER + "\"NGUYEN,,VNM\n").problems());
        assertEquals(List.of(new Problem(0, "empty", null)), RosterCsv.parse("\n\n").problems());
        assertEquals(List.of(new Problem(1, "empty", null)), RosterCsv.parse(HEADER).problems());
    }

    @Test
    @DisplayName("UA4: a file that is not UTF-8 (e.g. Shift_JIS) is refused rather than read as garbage")
    void notUtf8() throws IOException {
        byte[] sjis = (HEADER + NGUYEN).getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertEquals(List.of(new Problem(0, "encoding", null)),
                RosterCsv.parse(new ByteArrayInputStream(sjis)).problems());
    }

    @Test
    @DisplayName("UA4: more rows than the limit are refused")
    void tooManyRows() {
        String csv = HEADER + NGUYEN.repeat(RosterCsv.MAX_ROWS + 1);
        assertEquals(List.of(new Problem(RosterCsv.MAX_ROWS + 2, "tooMany", String.valueOf(RosterCsv.MAX_ROWS))),
                RosterCsv.parse(csv).problems());
    }
}
