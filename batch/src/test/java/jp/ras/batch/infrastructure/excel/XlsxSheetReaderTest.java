package jp.ras.batch.infrastructure.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sheet XML as Excel and LibreOffice write it, read without POI's user model. */
class XlsxSheetReaderTest {

    private static ByteArrayInputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @Test
    @DisplayName("AP11: furigana (rPh) that Japanese Excel stores with kanji is not part of the text")
    void phoneticRuns() throws IOException {
        List<String> strings = XlsxSheetReader.sharedStrings(xml("<sst " + NS + "><si><t>山田</t>"
                + "<rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><r><t>AB</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 12</t></r></si></sst>"));
        assertEquals(List.of("山田", "AB 12"), strings);
        try (XlsxSheetReader reader = new XlsxSheetReader(xml("<worksheet " + NS + "><sheetData>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>鈴木</t><rPh sb=\"0\" eb=\"2\"><t>スズキ</t></rPh></is></c>"
                + "<c r=\"B3\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>"), strings, null, false, 2)) {
            XlsxSheetReader.RawRow row = reader.next();
            assertEquals(3, row.number());
            assertEquals(List.of("鈴木", "AB 12"), List.of(row.cells()));
        }
    }

    @Test
    @DisplayName("B2: rows and cells without r, booleans, errors, ISO date cells, numbers, columns beyond the kind")
    void cellKinds() throws IOException {
        try (XlsxSheetReader reader = new XlsxSheetReader(xml("<worksheet " + NS + "><sheetData>"
                + "<row><c><v>1</v></c></row>"
                + "<row><c r=\"A2\" t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"d\"><v>2027-01-02T00:00:00</v></c>"
                + "<c t=\"n\"><v>1.50</v></c><c r=\"AA2\"><v>99</v></c></row>"
                + "<row r=\"5\"><c r=\"D5\"><v>  </v></c><c r=\"E5\" t=\"str\"><f>A1</f><v>text</v></c></row>"
                + "<row r=\"6\"><c r=\"AA6\" t=\"inlineStr\"><is><t>only far right</t></is></c></row>"
                + "</sheetData></worksheet>"), List.of(), null, false, 5)) {
            assertEquals(List.of("1", "", "", "", ""), List.of(reader.next().cells()));
            XlsxSheetReader.RawRow second = reader.next();
            assertEquals(2, second.number());
            assertEquals(List.of("TRUE", "#N/A", "2027-01-02", "1.5", ""), List.of(second.cells()));
            XlsxSheetReader.RawRow fifth = reader.next();
            assertEquals(5, fifth.number());
            assertEquals(List.of("", "", "", "", "text"), List.of(fifth.cells()));
            assertNull(reader.next(), "a row with text only beyond the kind's columns is blank");
        }
        assertEquals(26, XlsxSheetReader.columnOf("AA6"));
        assertEquals(0, XlsxSheetReader.columnOf("$A$1"));
    }

    @Test
    @DisplayName("B2: a DOCTYPE with an external entity (XXE) is not resolved")
    void noExternalEntities() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet " + NS + "><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>";
        assertThrows(IOException.class, () -> {
            try (XlsxSheetReader reader = new XlsxSheetReader(xml(evil), List.of(), null, false, 1)) {
                XlsxSheetReader.RawRow row = reader.next();
                if (row != null && row.cells()[0].contains("root")) {
                    throw new AssertionError("the entity was resolved");
                }
            }
        });
    }
}
