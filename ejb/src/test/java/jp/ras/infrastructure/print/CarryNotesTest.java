package jp.ras.infrastructure.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CarryNotesTest {

    @Test
    @DisplayName("RC8: the carry note names the user, phone, filing date, receipt number and 'applying online'")
    void rc8_noteContent() throws IOException {
        byte[] pdf = new CarryNotes().print(new CarryNotes.Note("NGUYEN VAN AN", "AB12345678CD", "株式会社さくら精機",
                "佐藤 一郎", "03-5796-7111", LocalDate.of(2026, 11, 26), "東オンE26000123", false));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {"オンライン申請中", "Applying online", "佐藤 一郎", "03-5796-7111",
                    "2026-11-26", "東オンE26000123", "NGUYEN VAN AN", "申請受付番号"}) {
                assertTrue(text.contains(expected), expected + " in: " + text);
            }
        }
        assertTrue(pdf.length < 200_000, "the font is embedded as a subset: " + pdf.length + " bytes");
    }
}
