package jp.ras.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The pages of RAS that mails link to, in one place (issue 16, item 7): the address after RAS's base address
 * ({@code {baseUrl}} in the templates), with the single-use token of the link. The web tier's pages of these names
 * read the same parameters ({@code token}, {@code reset}); a web test checks that each page exists.
 */
public final class MailLinks {

    /** The pages linked to, for that test. */
    public static final List<String> PAGES = List.of("set-password.xhtml", "confirm-mail.xhtml",
            "usage/confirm.xhtml", "usage/status.xhtml", "status.xhtml");

    private MailLinks() {
    }

    /** AC2, UA6: the first password of a new account (the approval mail). */
    public static String setPassword(String token) {
        return "set-password.xhtml?token=" + token;
    }

    /** AC4: a new password after a reset request. */
    public static String resetPassword(String token) {
        return "set-password.xhtml?reset=true&token=" + token;
    }

    /**
     * Issue 17: the applicant's status page, with the application's number filled in and the mail's language; the
     * date of birth is never part of a link.
     */
    public static String caseStatus(String number, Locale language) {
        return "status.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&lang="
                + (language == null ? "ja" : language.getLanguage());
    }

    /** AC1: confirming a new mail address. */
    public static String confirmMail(String token) {
        return "confirm-mail.xhtml?token=" + token;
    }

    /** Issue 17: confirming a usage application sent online. */
    public static String confirmUsageRequest(String token) {
        return "usage/confirm.xhtml?token=" + token;
    }

    /** Issue 17: where an application filed online is followed by its reference number. */
    public static String usageStatus() {
        return "usage/status.xhtml";
    }
}
