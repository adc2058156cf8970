package jp.ras.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.ras.domain.shared.TextLimits;
import jp.ras.interfaces.web.shell.Limits;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Security 3: every text field of every page has a maxlength, and a free text's is the domain's own limit
 * ({@code #{limits.…}}, {@link Limits} over {@link TextLimits}); only fields of a fixed shape (dates, codes,
 * numbers of at most 20 characters) give theirs as a number.
 */
class ScreenLimitsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern INPUT = Pattern.compile("<h:input(Text|Textarea)\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern MAXLENGTH = Pattern.compile("\\s(?:pt?:)?maxlength=\"([^\"]*)\"");
    private static final Pattern LIMIT = Pattern.compile("#\\{limits\\.(\\w+)}");
    private static final int LONGEST_SHAPED = 20;

    @Test
    @DisplayName("Security 3: every text field on every page has a maxlength, a free text's from the domain's limits")
    void everyTextFieldHasTheDomainsLimit() throws IOException, Exception {
        Set<String> limits = Arrays.stream(Introspector.getBeanInfo(Limits.class, Object.class)
                .getPropertyDescriptors()).map(PropertyDescriptor::getName).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        int fields = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                Matcher input = INPUT.matcher(Files.readString(page));
                while (input.find()) {
                    String tag = input.group();
                    if (tag.contains("readonly=\"true\"")) {
                        continue;
                    }
                    fields++;
                    String where = PAGES.relativize(page) + ": " + tag.replaceAll("\\s+", " ");
                    Matcher max = MAXLENGTH.matcher(tag);
                    if (!max.find()) {
                        wrong.add(where + ": no maxlength");
                        continue;
                    }
                    String value = max.group(1);
                    Matcher limit = LIMIT.matcher(value);
                    if (limit.matches()) {
                        if (!limits.contains(limit.group(1))) {
                            wrong.add(where + ": no such limit");
                        }
                    } else if (!value.matches("\\d+") || Integer.parseInt(value) > LONGEST_SHAPED
                            && !(page.endsWith("login.xhtml") && Integer.parseInt(value) == TextLimits.AUTH_ID)) {
                        wrong.add(where + ": a free text's maxlength is #{limits.…}");
                    }
                }
            }
        }
        assertTrue(fields > 60, "walked " + fields + " fields");
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("Security 3: the screens' limits are the domain's")
    void limitsAreTheDomains() {
        Limits limits = new Limits();
        assertEquals(TextLimits.NAME, limits.getName());
        assertEquals(TextLimits.ADDRESS, limits.getAddress());
        assertEquals(TextLimits.LONG_TEXT, limits.getLongText());
        assertEquals(TextLimits.PERIOD, limits.getPeriod());
        assertEquals(TextLimits.STATUS_OF_RESIDENCE, limits.getStatusOfResidence());
        assertEquals(TextLimits.MAIL, limits.getMail());
        assertEquals(TextLimits.PHONE, limits.getPhone());
        assertEquals(TextLimits.AUTH_ID, limits.getAuthId());
        assertEquals(TextLimits.TOKEN_NAME, limits.getTokenName());
    }
}
