package jp.ras.bench;

/**
 * A foreign national for an organisation's roster, as the officer API takes it (POST
 * /api/v1/officer/organisations/{id}/roster): the benches file for a person of their own each time, as one person
 * may have one undecided application (AP13).
 */
final class Person {

    private Person() {
    }

    /** The body for person {@code n}: a name and card number (prefix {@code cards}) made from {@code n}. */
    static String json(String name, String cards, long n, String stayExpiry) {
        return """
                {"nameRoman":"%s %s","nationality":"VNM","dateOfBirth":"1994-03-12","sex":"MALE",\
                "cardNumber":"%s%08dZZ","statusOfResidence":"技術・人文知識・国際業務","periodOfStay":"3年",\
                "stayExpiry":"%s","address":"東京都千代田区霞が関1-1-1"}""".formatted(name, letters(n), cards, n,
                stayExpiry);
    }

    /** {@code n} in roman capitals (a name on a residence card has no digits). */
    private static String letters(long n) {
        StringBuilder name = new StringBuilder();
        do {
            name.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return name.toString();
    }
}
