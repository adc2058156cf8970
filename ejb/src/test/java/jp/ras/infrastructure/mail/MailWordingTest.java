package jp.ras.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reads the rendered mails as a user would (issue 14, item 5). */
class MailWordingTest {

    private static final Map<String, String> APPLICATION = Map.of("name", "佐藤 一郎", "number", "東オンA00000042",
            "applicant", "NGUYEN VAN AN", "fee", "4,000");

    private final MailTemplates templates = new MailTemplates();

    {
        templates.baseUrl = "https://ras.example.jp/";
    }

    private String render(String template, Locale locale, Map<String, String> params) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        APPLICATION.forEach(json::add);
        params.forEach(json::add);
        RenderedMail mail = templates.render(template, locale, json.build().toString());
        String text = mail.subject() + "\n" + mail.body();
        assertFalse(text.contains("{"), "every placeholder filled in: " + text);
        return text;
    }

    private static void assertHas(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "«" + part + "» in:\n" + text);
        }
    }

    private static void assertHasNot(String text, String... parts) {
        for (String part : parts) {
            assertFalse(text.contains(part), "no «" + part + "» in:\n" + text);
        }
    }

    @Test
    @DisplayName("RC3: the receipt-method change names the method and the office in words, without the raw code")
    void receiptMethodChanged() {
        String ja = render("receipt-method-changed", Locale.JAPANESE, Map.of("method", "COUNTER",
                "office", "大阪出入国在留管理局神戸支局"));
        assertHas(ja, "「地方官署の窓口で受け取る」に変更しました", "大阪出入国在留管理局神戸支局の窓口", "審査中");
        assertHasNot(ja, "COUNTER", "POST", "郵送");
        String en = render("receipt-method-changed", Locale.ENGLISH, Map.of("method", "POST",
                "office", "Kobe District Immigration Services Office"));
        assertHas(en, "will now be received by post", "send to the Kobe District Immigration Services Office",
                "only while its status is Filed or Under review");
        assertHasNot(en, "COUNTER", "POST", "counter");
    }

    @Test
    @DisplayName("ST1, RC4: a granted decision with counter receipt says granted, the new period and expiry, and what"
            + " to bring to which office; nothing about post")
    void grantedAtTheCounter() {
        Map<String, String> params = Map.of("outcome", "GRANTED", "period", "1年", "newExpiry", "2028-01-12",
                "reasons", "null", "method", "COUNTER", "office", "東京出入国在留管理局");
        String ja = render("review-completed", Locale.JAPANESE, params);
        assertHas(ja, "審査完了：許可", "結果：許可されました", "新しい在留期間：1年（在留期間の満了日：2028-01-12）",
                "東京出入国在留管理局の窓口", "旅券", "4,000円分の収入印紙");
        assertHasNot(ja, "不許可", "簡易書留", "返信用封筒", "null");
        String en = render("review-completed", Locale.ENGLISH, Map.of("outcome", "GRANTED", "period", "1 year",
                "newExpiry", "2028-01-12", "reasons", "null", "method", "COUNTER",
                "office", "Tokyo Regional Immigration Services Bureau"));
        assertHas(en, "Review completed: granted", "Result: granted.", "ends on 2028-01-12",
                "counter of the Tokyo Regional Immigration Services Bureau", "passport", "4,000 yen");
        assertHasNot(en, "denied", "registered mail", "return envelope", "null");
    }

    @Test
    @DisplayName("RC5, RC6: a granted decision with post receipt says what to send, signed, to which office, and"
            + " when the permission takes effect; nothing about the counter")
    void grantedByPost() {
        String ja = render("review-completed", Locale.JAPANESE, Map.of("outcome", "GRANTED", "period", "3年",
                "newExpiry", "2029-03-31", "reasons", "null", "method", "POST", "office", "名古屋出入国在留管理局"));
        assertHas(ja, "結果：許可されました", "簡易書留で名古屋出入国在留管理局へ送って", "申請人が署名し",
                "返信用封筒", "カードが届いた日に効力");
        assertHasNot(ja, "窓口", "旅券");
        String en = render("review-completed", Locale.ENGLISH, Map.of("outcome", "GRANTED", "period", "3 years",
                "newExpiry", "2029-03-31", "reasons", "null", "method", "POST",
                "office", "Nagoya Regional Immigration Services Bureau"));
        assertHas(en, "registered mail to the Nagoya Regional Immigration Services Bureau", "signed by the applicant",
                "stamped return envelope", "takes effect on the day it is delivered");
        assertHasNot(en, "counter", "passport");
    }

    @Test
    @DisplayName("ST1: a denial says denied in words with the reasons and whom to ask; no card instructions")
    void denied() {
        String ja = render("review-completed", Locale.JAPANESE, Map.of("outcome", "DENIED", "period", "null",
                "newExpiry", "null", "reasons", "活動実態が確認できないため", "method", "POST",
                "office", "東京出入国在留管理局"));
        assertHas(ja, "審査完了：不許可", "結果：不許可となりました", "理由：活動実態が確認できないため",
                "東京出入国在留管理局にお問い合わせ");
        assertHasNot(ja, "許可されました", "在留カード", "null");
        String en = render("review-completed", Locale.ENGLISH, Map.of("outcome", "DENIED", "period", "null",
                "newExpiry", "null", "reasons", "no activity found", "method", "POST",
                "office", "Tokyo Regional Immigration Services Bureau"));
        assertHas(en, "Review completed: denied", "Result: denied.", "Reasons: no activity found",
                "contact the Tokyo Regional Immigration Services Bureau");
        assertHasNot(en, "granted", "residence card", "null");
    }

    @Test
    @DisplayName("RC4, RC6: the card mail gives only the chosen method's instructions and names the office")
    void cardIssued() {
        String jaCounter = render("card-issued", Locale.JAPANESE, Map.of("method", "COUNTER",
                "office", "大阪出入国在留管理局"));
        assertHas(jaCounter, "大阪出入国在留管理局の窓口で受け取れます", "旅券", "審査完了のメール");
        assertHasNot(jaCounter, "郵送", "RASに表示");
        String jaPost = render("card-issued", Locale.JAPANESE, Map.of("method", "POST", "office", "大阪出入国在留管理局"));
        assertHas(jaPost, "所属機関の住所", "簡易書留で大阪出入国在留管理局へ");
        assertHasNot(jaPost, "窓口", "RASに表示");
        String enCounter = render("card-issued", Locale.ENGLISH, Map.of("method", "COUNTER",
                "office", "Osaka Regional Immigration Services Bureau"));
        assertHas(enCounter, "counter of the Osaka Regional Immigration Services Bureau", "passport");
        assertHasNot(enCounter, "post", "shown in RAS");
        String enPost = render("card-issued", Locale.ENGLISH, Map.of("method", "POST",
                "office", "Osaka Regional Immigration Services Bureau"));
        assertHas(enPost, "posts it to the organisation's address", "registered mail to the Osaka");
        assertHasNot(enPost, "counter", "passport", "shown in RAS");
    }

    @Test
    @DisplayName("ST3: the withdrawal mail says which part was withdrawn and whether the review goes on")
    void withdrawn() {
        String jaWhole = render("application-withdrawn", Locale.JAPANESE, Map.of("part", "WHOLE",
                "office", "東京出入国在留管理局"));
        assertHas(jaWhole, "申請全体を取り下げました", "東京出入国在留管理局にお問い合わせ");
        assertHasNot(jaWhole, "RASに表示された部分");
        String enPart = render("application-withdrawn", Locale.ENGLISH, Map.of("part", "RE_ENTRY",
                "office", "Tokyo Regional Immigration Services Bureau"));
        assertHas(enPart, "re-entry permit filed with application", "still being reviewed");
        assertHasNot(enPart, "named in RAS");
    }

    @Test
    @DisplayName("AP8: the documents request says what, by when and to which office")
    void documentsRequested() {
        String ja = render("documents-requested", Locale.JAPANESE, Map.of("due", "2026-12-20",
                "message", "在職証明書", "office", "東京出入国在留管理局"));
        assertHas(ja, "2026-12-20 までに", "在職証明書", "東京出入国在留管理局へ郵送又は持参");
        String en = render("documents-requested", Locale.ENGLISH, Map.of("due", "2026-12-20",
                "message", "employment certificate", "office", "Tokyo Regional Immigration Services Bureau"));
        assertHas(en, "by 2026-12-20", "employment certificate", "the Tokyo Regional Immigration Services Bureau");
    }

    @Test
    @DisplayName("A word key the bundle lacks stays as it is (a mail queued before its template had the parameter)")
    void unknownWordStays() {
        assertTrue(MailTemplates.words("a {@nope.X} b", java.util.ResourceBundle.getBundle(
                "jp.ras.infrastructure.mail.mail-templates", Locale.ENGLISH)).equals("a {@nope.X} b"));
    }
}
