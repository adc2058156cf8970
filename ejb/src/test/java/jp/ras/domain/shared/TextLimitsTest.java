package jp.ras.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.ras.domain.model.account.ApiToken;
import jp.ras.domain.model.audit.AuditEntry;
import jp.ras.domain.model.bulk.BulkFiling;
import jp.ras.domain.model.bulk.BulkFilingRow;
import jp.ras.domain.model.application.Draft;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Security 3: walks every String column of every entity and embeddable. Each has one limit: the text limit the
 * domain checks ({@link TextLimits}) for what users enter, the longest value for what RAS writes itself (enum
 * names, hashes, IDs); the column's {@code @Column(length)} is that limit, and the Flyway migrations give the
 * database column exactly that length. An encrypted column holds the cipher text of its longest plain text.
 */
class TextLimitsTest {

    /** What users enter: the limit the domain checks (and the screens' maxlength). */
    static final Map<String, Integer> ENTERED = new TreeMap<>();
    /** What RAS writes itself, with the longest value it writes. */
    static final Map<String, Integer> WRITTEN = new TreeMap<>();
    /** Encrypted columns, with the longest plain text (characters) they hold. */
    static final Map<String, Integer> ENCRYPTED = new TreeMap<>();

    static {
        entered("ForeignNational", TextLimits.NAME, "nameRoman", "nameKanji");
        entered("ForeignNational", TextLimits.STATUS_OF_RESIDENCE, "statusOfResidence");
        entered("ForeignNational", TextLimits.PERIOD, "periodOfStay");
        entered("ForeignNational", TextLimits.ADDRESS, "address");
        entered("RosterEntry", TextLimits.ADDRESS, "removalReason");
        entered("Organisation", TextLimits.NAME, "name");
        entered("Organisation", TextLimits.ADDRESS, "address");
        entered("UsageApplication", TextLimits.NAME, "orgName", "applicantName", "identityDocument");
        entered("UsageApplication", TextLimits.ADDRESS, "address");
        entered("UsageApplication", TextLimits.MAIL, "applicantMail");
        entered("UsageApplication", TextLimits.PHONE, "applicantPhone");
        entered("UsageApplication", TextLimits.LONG_TEXT, "denialReason");
        entered("PeriodicReport", TextLimits.LONG_TEXT, "note", "decisionReason");
        entered("ResidenceApplication", TextLimits.MAIL, "applicantMail");
        entered("ResidenceApplication", TextLimits.PERIOD, "desiredPeriod", "grantedPeriod");
        entered("ResidenceApplication", TextLimits.LONG_TEXT, "reason", "documentsMessage", "denialReason");
        entered("ResidenceApplication", TextLimits.NAME, "kanjiName");
        entered("ResidenceApplication", TextLimits.ADDRESS, "cardDocuments", "cardDispatchedTo");
        entered("ApplicationEvent", TextLimits.HISTORY_NOTE, "note");
        entered("UserAccount", TextLimits.AUTH_ID, "authId");
        entered("UserAccount", TextLimits.NAME, "displayName");
        entered("UserAccount", TextLimits.MAIL, "mailAddress");
        entered("UserAccount", TextLimits.PHONE, "phone");
        entered("AccountToken", TextLimits.MAIL, "newMail");
        entered("ApiToken", ApiToken.MAX_NAME, "name");
        entered("ApplicationDocument", TextLimits.NAME, "fileName");
        entered("Draft", Draft.MAX_CONTENT, "content");
        entered("BulkFiling", BulkFiling.MAX_FILE_NAME, "fileName");
        entered("UsageRequest", TextLimits.MAIL, "mail");                       // issue 17
        entered("UsageRequest", TextLimits.NAME, "documentName");               // cut to it
        entered("UsageApplicationDocument", TextLimits.NAME, "fileName");       // cut to it
    }

    static {
        // Written by RAS, never taken from input as it is: the longest value it writes.
        written("AccountToken", 64, "tokenHash");                 // SHA-256 in hex
        written("ApiToken", 64, "tokenHash");
        written("RecoveryCode", 64, "codeHash");                  // SHA-256 in hex (issue 18)
        written("UserAccount", 64, "dateOfBirthHash");
        written("RosterEntry", 64, "cardNumberHash");
        written("UserAccount", 400, "passwordHash");              // PBKDF2 string, about 100 characters
        written("UserAccount", 32, "termsVersion");               // RAS_TERMS_VERSION
        for (String field : List.of("ApplicationDocument.uploadedBy", "ApplicationEvent.actor", "BulkFiling.uploadedBy",
                "Draft.owner", "PeriodicReport.filedBy", "PeriodicReport.decidedBy", "ResidenceApplication.filedBy",
                "ResidenceApplication.assignedTo", "ResidenceApplication.decidedBy", "UsageApplication.receivedBy",
                "UsageApplication.decidedBy", "UsageApplication.issuedAuthId")) {
            WRITTEN.put(field, TextLimits.AUTH_ID);                // the caller's authentication ID
        }
        written("AuditEntry", AuditEntry.ACTOR, "actor");         // cut to the column (AuditEntry)
        written("AuditEntry", AuditEntry.TARGET, "target");
        written("AuditEntry", TextLimits.LONG_TEXT, "detail");
        written("AuditEntry", 64, "action");                      // AuditAction names
        written("AuditEntry", 16, "actorRole");                   // Role names
        written("AuditEntry", 45, "sourceIp");                    // the longest IPv6 text
        written("AuditEntry", 64, "prevHash", "entryHash");       // SHA-256 in hex (issue 18)
        written("AuditChainHead", 64, "hash");
        written("ApplicationDocument", 32, "mediaType");          // application/pdf, image/jpeg, image/png
        written("ApplicationPhoto", 16, "mediaType");
        written("BulkFiling", 32, "kind");                        // BulkKind names
        written("BulkFiling", 8, "locale");
        written("BulkFiling", 64, "contentSha256");               // SHA-256 in hex (issue 19)
        written("UserAccount", 8, "locale", "screenLanguage");  // ja or en (issue 15)
        written("OutboxMail", 8, "locale");
        written("ResidenceApplication", 8, "applicantLocale");
        written("UsageApplication", 8, "applicantLocale");
        written("UsageApplication", 16, "referenceNumber");       // e.g. UA-7KQ2M-H9B4T (issue 17)
        written("UsageRequest", 64, "tokenHash");                 // SHA-256 in hex
        written("UsageRequest", 8, "locale");
        written("UsageRequest", 32, "documentType");              // application/pdf, image/jpeg, image/png
        written("UsageApplicationDocument", 32, "mediaType");
        written("BulkFilingRow", BulkFilingRow.MAX_TEXT, "violations");   // cut at a whole line
        written("Draft", 32, "form");                             // the form's name
        written("OutboxMail", TextLimits.LONG_TEXT, "lastError");  // cut (OutboxMail)
        written("OutboxMail", TextLimits.MAIL, "recipient");      // an address RAS stored
        written("OutboxMail", 64, "template");                    // MailTemplates names
        // the template's parameters as JSON: at most one LONG_TEXT (a reason or a message) and a few names
        written("OutboxMail", 4000, "params");
        written("ReceiptCounter", 48, "key");
        written("ClusterClaim", jp.ras.domain.model.cluster.ClusterClaim.MAX_KEY, "key"); // refused when longer
        written("ClusterClaim", jp.ras.domain.model.cluster.ClusterClaim.MAX_INSTANCE, "instance"); // cut
        written("ResidenceApplication", 32, "provisionalNumber", "receiptNumber", "cardReceivedBy");
        // reference data, shipped with RAS (regional offices) or edited from the table's own values
        written("RegionalOffice", 32, "code");
        written("RegionalOffice", 100, "nameJa", "nameEn");
        written("RegionalOffice", 2, "receiptChar");
        written("RegionalOffice", TextLimits.ADDRESS, "jurisdiction");
        written("EligibleStatus", TextLimits.STATUS_OF_RESIDENCE, "status");
        // entered, but of a fixed shape that the domain checks (so no longer value passes)
        written("ForeignNational", 3, "nationality");             // ISO 3166 alpha-3
        written("Organisation", 13, "corporateNumber");           // 法人番号 with its check digit
        written("UsageApplication", 13, "corporateNumber");
        written("Organisation", 20, "prefecture");                // one of the 47, by name
        written("UsageApplication", 20, "prefecture");

        ENCRYPTED.put("ForeignNational.cardNumber", 12);          // ResidenceCardNumber
        ENCRYPTED.put("ForeignNational.passportNumber", 20);      // [A-Z0-9]{6,20}
        ENCRYPTED.put("ForeignNational.dateOfBirth", 10);         // an ISO date
        ENCRYPTED.put("UsageApplication.applicantBirth", 10);
        ENCRYPTED.put("UserAccount.dateOfBirth", 10);
        ENCRYPTED.put("UserAccount.secondFactorSecret", 32);     // SecondFactor.newSecret: 32 base32 characters
        ENCRYPTED.put("BulkFilingRow.cells", BulkFilingRow.MAX_CELLS);
        ENCRYPTED.put("UsageRequest.payload", jp.ras.domain.model.usage.UsageRequest.MAX_PAYLOAD); // issue 17
    }

    private static void written(String type, int longest, String... fields) {
        for (String field : fields) {
            WRITTEN.put(type + "." + field, longest);
        }
    }

    private static void entered(String type, int limit, String... fields) {
        for (String field : fields) {
            ENTERED.put(type + "." + field, limit);
        }
    }

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** One String column: where it is declared, the table it lives in, its name there, its JPA length. */
    record StringColumn(Class<?> type, Field field, String table, String name, int length) {
        String key() {
            return type.getSimpleName() + "." + field.getName();
        }
    }

    @Test
    @DisplayName("Security 3: every String column of every entity has its one limit: the domain's, the entity's and"
            + " the database's agree")
    void everyColumnHasItsOneLimit() throws Exception {
        Map<String, Map<String, Integer>> database = migratedVarcharLengths();
        List<String> wrong = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (StringColumn c : stringColumns()) {
            seen.add(c.key());
            Integer inDatabase = database.getOrDefault(c.table(), Map.of()).get(c.name());
            if (inDatabase == null || inDatabase != c.length()) {
                wrong.add(c.key() + ": @Column(length = " + c.length() + ") but " + c.table() + "." + c.name()
                        + " is varchar(" + inDatabase + ") in the migrations");
            }
            if (c.field().getType().isEnum()) {
                int longest = Arrays.stream(c.field().getType().getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .mapToInt(String::length).max().orElse(0);
                if (longest > c.length()) {
                    wrong.add(c.key() + ": enum name of " + longest + " characters in " + c.length());
                }
            } else if (c.field().isAnnotationPresent(Convert.class)) {
                Integer plain = ENCRYPTED.get(c.key());
                if (plain == null) {
                    wrong.add(c.key() + ": encrypted column not in ENCRYPTED");
                } else if (cipherTextLength(plain) > c.length()) {
                    wrong.add(c.key() + ": " + plain + " characters encrypt to " + cipherTextLength(plain)
                            + " in " + c.length());
                }
            } else if (ENTERED.containsKey(c.key())) {
                if (ENTERED.get(c.key()) != c.length()) {
                    wrong.add(c.key() + ": the domain's limit is " + ENTERED.get(c.key()) + ", the column's "
                            + c.length());
                }
            } else if (WRITTEN.containsKey(c.key())) {
                if (WRITTEN.get(c.key()) > c.length()) {
                    wrong.add(c.key() + ": RAS writes up to " + WRITTEN.get(c.key()) + " characters in "
                            + c.length());
                }
            } else {
                wrong.add(c.key() + ": a String column with no limit in ENTERED or WRITTEN (length " + c.length()
                        + ")");
            }
        }
        for (String key : concat(ENTERED.keySet(), WRITTEN.keySet(), ENCRYPTED.keySet())) {
            if (!seen.contains(key)) {
                wrong.add(key + ": listed, but no such String column");
            }
        }
        assertTrue(seen.size() > 60, "walked " + seen.size() + " columns");
        assertEquals(List.of(), wrong);
    }

    private static List<String> concat(java.util.Set<String> a, java.util.Set<String> b, java.util.Set<String> c) {
        return Stream.of(a, b, c).flatMap(java.util.Set::stream).toList();
    }

    /** {@code "v1:" + base64(12-byte IV || UTF-8 bytes || 16-byte tag)}; a UTF-16 unit is at most 3 UTF-8 bytes. */
    static int cipherTextLength(int plainCharacters) {
        int bytes = 12 + 3 * plainCharacters + 16;
        return 3 + 4 * ((bytes + 2) / 3);
    }

    /** Every String, enum or converted column of the domain's entities and embeddables, in each of its tables. */
    static List<StringColumn> stringColumns() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("jp/ras/domain"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .sorted().toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                types.add(Class.forName(name));
            }
        }
        Map<Class<?>, List<String>> tables = new HashMap<>();
        for (Class<?> type : types) {
            if (type.isAnnotationPresent(Entity.class)) {
                Table table = type.getAnnotation(Table.class);
                tables.computeIfAbsent(type, t -> new ArrayList<>())
                        .add(table == null ? type.getSimpleName().toLowerCase(Locale.ROOT) : table.name());
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Embedded.class)) {
                        tables.computeIfAbsent(field.getType(), t -> new ArrayList<>()).add(tables.get(type).get(0));
                    }
                    if (field.isAnnotationPresent(ElementCollection.class)
                            && field.isAnnotationPresent(CollectionTable.class)
                            && field.getGenericType() instanceof ParameterizedType p
                            && p.getActualTypeArguments()[0] instanceof Class<?> element
                            && element.isAnnotationPresent(Embeddable.class)) {
                        tables.computeIfAbsent(element, t -> new ArrayList<>())
                                .add(field.getAnnotation(CollectionTable.class).name());
                    }
                }
            }
        }
        List<StringColumn> columns = new ArrayList<>();
        for (Class<?> type : types) {
            if (!type.isAnnotationPresent(Entity.class) && !type.isAnnotationPresent(Embeddable.class)) {
                continue;
            }
            assertTrue(tables.containsKey(type), type + " is stored in no table");
            for (Field field : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                boolean text = field.getType() == String.class || field.isAnnotationPresent(Convert.class)
                        || field.getType().isEnum() && field.isAnnotationPresent(Enumerated.class)
                        || storedAsText(field.getType());
                if (!text || field.isAnnotationPresent(ElementCollection.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                String name = column == null || column.name().isEmpty() ? field.getName().toLowerCase(Locale.ROOT)
                        : column.name();
                int length = column == null ? 255 : column.length();
                for (String table : tables.get(type)) {
                    columns.add(new StringColumn(type, field, table, name, length));
                }
            }
        }
        columns.sort(Comparator.comparing(StringColumn::key).thenComparing(StringColumn::table));
        return columns;
    }

    /** A value type (issue 16) whose own auto-applied converter stores it as text, such as {@code ReceiptNumber}. */
    private static boolean storedAsText(Class<?> type) {
        for (Class<?> nested : type.getDeclaredClasses()) {
            jakarta.persistence.Converter converter = nested.getAnnotation(jakarta.persistence.Converter.class);
            if (converter != null && converter.autoApply()
                    && jakarta.persistence.AttributeConverter.class.isAssignableFrom(nested)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CREATE = Pattern.compile("(?i)^\\s*create table (\\w+)");
    private static final Pattern COLUMN = Pattern.compile("(?i)^\\s*(\\w+)\\s+varchar\\((\\d+)\\)");
    private static final Pattern ADD = Pattern.compile("(?i)^\\s*alter table (\\w+) add column (\\w+) varchar\\((\\d+)\\)");
    private static final Pattern ALTER = Pattern.compile(
            "(?i)^\\s*alter table (\\w+) alter column (\\w+) set data type varchar\\((\\d+)\\)");

    /** table → column → varchar length, after every migration in version order. */
    static Map<String, Map<String, Integer>> migratedVarcharLengths() throws IOException {
        Map<String, Map<String, Integer>> tables = new HashMap<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(
                            f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
        for (Path script : scripts) {
            String table = null;
            for (String line : Files.readAllLines(script)) {
                String code = line.replaceAll("--.*", "");
                Matcher m;
                if ((m = CREATE.matcher(code)).find()) {
                    table = m.group(1).toLowerCase(Locale.ROOT);
                } else if ((m = ADD.matcher(code)).find() || (m = ALTER.matcher(code)).find()) {
                    tables.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), t -> new HashMap<>())
                            .put(m.group(2).toLowerCase(Locale.ROOT), Integer.parseInt(m.group(3)));
                } else if (table != null && (m = COLUMN.matcher(code)).find()) {
                    tables.computeIfAbsent(table, t -> new HashMap<>())
                            .put(m.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(m.group(2)));
                }
                if (code.strip().startsWith(")")) {
                    table = null;
                }
            }
        }
        return tables;
    }
}
