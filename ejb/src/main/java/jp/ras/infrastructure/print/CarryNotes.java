package jp.ras.infrastructure.print;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * RC8: while the residence card is away, the applicant carries a colour copy of it annotated with the user, their
 * telephone number, the filing date, the receipt number and "applying online" (Q52). RAS prints that annotation as
 * an A4 page with a frame for the copy, in Japanese and English. Noto Sans JP (SIL OFL) is embedded as a subset.
 */
@ApplicationScoped
public class CarryNotes {

    private static final String FONT = "NotoSansJP-Regular.ttf";

    /** What the note says. */
    public record Note(String applicantName, String cardNumber, String organisation, String userName,
            String userPhone, LocalDate filedOn, String receiptNumber, boolean provisional) {
    }

    public byte[] print(Note note) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font;
            try (InputStream in = CarryNotes.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, in, true);
            }
            float left = 56;
            float top = PDRectangle.A4.getHeight() - 64;
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                line(text, font, 18, left, top, "オンライン申請中 / Applying online");
                line(text, font, 11, left, top - 26,
                        "在留期間更新許可申請中のため在留カードを地方出入国在留管理官署に提出しています。");
                line(text, font, 11, left, top - 42,
                        "The residence card is at the regional immigration office while the extension is examined.");
                float y = top - 80;
                y = field(text, font, left, y, "申請人 / Applicant", note.applicantName());
                y = field(text, font, left, y, "在留カード番号 / Residence card", note.cardNumber());
                y = field(text, font, left, y, "申請日 / Filed on", note.filedOn().toString());
                y = field(text, font, left, y, note.provisional() ? "申請受付仮番号 / Provisional number"
                        : "申請受付番号 / Receipt number", note.receiptNumber());
                y = field(text, font, left, y, "所属機関 / Organisation", note.organisation());
                y = field(text, font, left, y, "利用者 / User", note.userName());
                y = field(text, font, left, y, "電話番号 / Telephone", note.userPhone());
                float boxTop = y - 24;
                text.addRect(left, boxTop - 260, PDRectangle.A4.getWidth() - 2 * left, 260);
                text.stroke();
                line(text, font, 10, left + 12, boxTop - 20,
                        "在留カードのカラー写しをここに貼付または印刷 / Attach or print the colour copy of the card here");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float field(PDPageContentStream text, PDType0Font font, float x, float y, String label,
            String value) throws IOException {
        line(text, font, 10, x, y, label);
        line(text, font, 14, x + 200, y, value == null ? "" : value);
        return y - 26;
    }

    private static void line(PDPageContentStream text, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(s);
        text.endText();
    }
}
