package jp.ras.domain.model.organisation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statuses of residence and periods of stay in either language (AP11, issue 15). RAS keeps them as the residence
 * card writes them (技能, 技能実習2号ロ, 1年3月); English pages, mails and API answers show the agency's English
 * names (Skilled Labor, Technical Intern Training (ii)(b), 1 year 3 months). A text RAS does not know is shown as
 * written.
 */
public final class ResidenceTerms {

    /** The agency's English name of each status of residence (Immigration Services Agency of Japan). */
    private static final Map<String, String> STATUSES = new LinkedHashMap<>();

    static {
        STATUSES.put("外交", "Diplomat");
        STATUSES.put("公用", "Official");
        STATUSES.put("教授", "Professor");
        STATUSES.put("芸術", "Artist");
        STATUSES.put("宗教", "Religious Activities");
        STATUSES.put("報道", "Journalist");
        STATUSES.put("高度専門職", "Highly Skilled Professional");
        STATUSES.put("経営・管理", "Business Manager");
        STATUSES.put("法律・会計業務", "Legal / Accounting Services");
        STATUSES.put("医療", "Medical Services");
        STATUSES.put("研究", "Researcher");
        STATUSES.put("教育", "Instructor");
        STATUSES.put("技術・人文知識・国際業務", "Engineer / Specialist in Humanities / International Services");
        STATUSES.put("企業内転勤", "Intra-company Transferee");
        STATUSES.put("介護", "Nursing Care");
        STATUSES.put("興行", "Entertainer");
        STATUSES.put("技能実習", "Technical Intern Training");
        STATUSES.put("技能", "Skilled Labor");
        STATUSES.put("特定技能", "Specified Skilled Worker");
        STATUSES.put("文化活動", "Cultural Activities");
        STATUSES.put("短期滞在", "Temporary Visitor");
        STATUSES.put("留学", "Student");
        STATUSES.put("研修", "Trainee");
        STATUSES.put("家族滞在", "Dependent");
        STATUSES.put("特定活動", "Designated Activities");
        STATUSES.put("永住者の配偶者等", "Spouse or Child of Permanent Resident");
        STATUSES.put("永住者", "Permanent Resident");
        STATUSES.put("日本人の配偶者等", "Spouse or Child of Japanese National");
        STATUSES.put("定住者", "Long-Term Resident");
    }

    /** What may follow a status: its category (1号, 2号, 3号) and sub-category (イ, ロ, ハ, ニ). */
    private static final Pattern CATEGORY = Pattern.compile("(?:(\\d)号)?([イロハニ])?");

    private static final String[] ROMAN = {"", "i", "ii", "iii"};

    private static final Pattern PERIOD = Pattern.compile("(?:(\\d+)年)?(?:(\\d+)(?:月|か月|ヶ月|カ月))?(?:(\\d+)日)?");

    /** ISO 3166 alpha-3 code (VNM) to alpha-2 (VN), from the JDK's own country list. */
    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
    }

    private ResidenceTerms() {
    }

    /**
     * A nationality as the roster keeps it (the residence card's ISO 3166 alpha-3 code, VNM) for people to read, in
     * the language, with the code after it: ベトナム（VNM）, Vietnam (VNM). The names are the JDK's (CLDR). A code that
     * is no country (stateless, XXA) is shown as written.
     */
    public static String nationality(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String alpha3 = code.strip().toUpperCase(Locale.ROOT);
        String alpha2 = ALPHA2.get(alpha3);
        if (alpha2 == null) {
            return code;
        }
        boolean english = "en".equals(locale.getLanguage());
        String name = new Locale("", alpha2).getDisplayCountry(english ? Locale.ENGLISH : Locale.JAPANESE);
        return english ? name + " (" + alpha3 + ")" : name + "（" + alpha3 + "）";
    }

    /** The status of residence in the language: the agency's English name in English, else as written. */
    public static String status(String status, Locale locale) {
        if (status == null || !"en".equals(locale.getLanguage())) {
            return status;
        }
        String written = Normalizer.normalize(status.strip(), Normalizer.Form.NFKC);
        String base = STATUSES.keySet().stream().filter(written::startsWith)
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (base == null) {
            return status;
        }
        Matcher m = CATEGORY.matcher(written.substring(base.length()));
        if (!m.matches()) {
            return status;
        }
        StringBuilder english = new StringBuilder(STATUSES.get(base));
        if (m.group(1) != null) {
            int category = Integer.parseInt(m.group(1));
            if (category < 1 || category >= ROMAN.length) {
                return status;
            }
            english.append(" (").append(ROMAN[category]).append(')');
        }
        if (m.group(2) != null) {
            english.append(m.group(1) == null ? " (" : "(").append((char) ('a' + "イロハニ".indexOf(m.group(2))))
                    .append(')');
        }
        return english.toString();
    }

    /** The period of stay in the language: 1年3月 is "1 year 3 months" in English; as written otherwise. */
    public static String period(String period, Locale locale) {
        if (period == null || !"en".equals(locale.getLanguage())) {
            return period;
        }
        String written = Normalizer.normalize(period.strip(), Normalizer.Form.NFKC);
        Matcher m = PERIOD.matcher(written);
        if (written.isEmpty() || !m.matches()) {
            return period;
        }
        StringBuilder english = new StringBuilder();
        unit(english, m.group(1), "year");
        unit(english, m.group(2), "month");
        unit(english, m.group(3), "day");
        return english.toString();
    }

    /** A period of stay as written (1年3月, 6月, 90日) as a length of time; empty when it is not one. */
    public static Optional<Period> duration(String period) {
        if (period == null) {
            return Optional.empty();
        }
        String written = Normalizer.normalize(period.strip(), Normalizer.Form.NFKC);
        Matcher m = PERIOD.matcher(written);
        if (written.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        Period length = Period.of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        return length.isZero() ? Optional.empty() : Optional.of(length);
    }

    /**
     * Issue 15: the expiry a grant of {@code period} gives, proposed to the supervisor: the new period of stay runs
     * from the day after the current expiry, so it ends on the current expiry plus the period (2027-01-31 and 1年:
     * 2028-01-31). Empty when the period is not one.
     */
    public static Optional<LocalDate> expiryAfter(LocalDate currentExpiry, String period) {
        return currentExpiry == null ? Optional.empty() : duration(period).map(currentExpiry::plus);
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static void unit(StringBuilder text, String number, String unit) {
        if (number == null) {
            return;
        }
        int n = Integer.parseInt(number);
        if (!text.isEmpty()) {
            text.append(' ');
        }
        text.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
    }
}
