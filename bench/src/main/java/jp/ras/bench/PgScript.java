package jp.ras.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the statements of one filing, as PostgreSQL logged them ({@code log_statement = all}), into a pgbench script:
 * {@code PgScript LOG OFFSET OUT}. The filing is the last {@code INSERT INTO residence_application} logged after byte
 * OFFSET, from the bearer-token look-up that began its request to its COMMIT, on that backend. Every statement is kept
 * with its logged parameters as literals, in one transaction; only the values that must be unique per filing (the
 * row ids, the provisional receipt number) are made fresh per transaction from the {@code provisional_seq} value the
 * filing itself draws.
 */
public final class PgScript {

    private static final Pattern LINE = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[(\\d+)\\] \\S+ (LOG|DETAIL):  (.*)$");

    private static final Pattern EXECUTE = Pattern.compile("^(?:execute [^:]+|statement): (.*)$");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    record Statement(String pid, String sql, List<String> parameters) {
    }

    public static void main(String[] args) throws IOException {
        List<Statement> statements = read(Path.of(args[0]), Long.parseLong(args[1]));
        String script = script(filing(statements));
        Files.writeString(Path.of(args[2]), script, StandardCharsets.UTF_8);
    }

    static List<Statement> read(Path log, long offset) throws IOException {
        byte[] bytes;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            bytes = new byte[(int) (file.length() - offset)];
            file.readFully(bytes);
        }
        List<Statement> statements = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String pid = m.group(1);
            if (m.group(2).equals("LOG")) {
                Matcher e = EXECUTE.matcher(m.group(3));
                if (e.matches()) {
                    statements.add(new Statement(pid, e.group(1), new ArrayList<>()));
                }
            } else if (m.group(3).startsWith("parameters: ")) {
                for (int i = statements.size() - 1; i >= 0; i--) {
                    if (statements.get(i).pid().equals(pid)) {
                        statements.get(i).parameters().addAll(parameters(m.group(3).substring(12)));
                        break;
                    }
                }
            }
        }
        return statements;
    }

    /** {@code $1 = '…', $2 = NULL, …} as SQL literals ({@code 'it''s'} stays quoted as logged). */
    static List<String> parameters(String text) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int eq = text.indexOf(" = ", i);
            if (eq < 0) {
                break;
            }
            int start = eq + 3;
            int end;
            if (text.charAt(start) == '\'') {
                end = start + 1;
                while (true) {
                    if (text.charAt(end) == '\'') {
                        if (end + 1 < text.length() && text.charAt(end + 1) == '\'') {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end++;
            } else {
                end = text.indexOf(", $", start);
                end = end < 0 ? text.length() : end;
            }
            values.add(text.substring(start, end));
            i = end;
        }
        return values;
    }

    static List<Statement> filing(List<Statement> all) {
        int insert = -1;
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).sql().startsWith("INSERT INTO residence_application ")) {
                insert = i;
                break;
            }
        }
        if (insert < 0) {
            throw new IllegalStateException("no filing in the log (is log_statement = all?)");
        }
        String pid = all.get(insert).pid();
        int first = insert;
        for (int i = insert; i >= 0; i--) {
            if (all.get(i).pid().equals(pid) && all.get(i).sql().matches("SELECT .* FROM .*\\bapi_token\\b.*")) {
                first = i;
                break;
            }
        }
        if (first == insert) {
            throw new IllegalStateException("the filing's token look-up is not in the log");
        }
        List<Statement> filing = new ArrayList<>();
        for (int i = first; i < all.size(); i++) {
            Statement s = all.get(i);
            if (!s.pid().equals(pid)) {
                continue;
            }
            filing.add(s);
            if (s.sql().equals("COMMIT")) {
                return filing;
            }
        }
        throw new IllegalStateException("the filing's COMMIT is not in the log");
    }

    static String script(List<Statement> filing) {
        // The values unique to this filing: the ids of the rows it inserted and its provisional number.
        Map<String, String> fresh = new HashMap<>();
        String provisional = null;
        int offset = 0;
        for (Statement s : filing) {
            if (s.sql().startsWith("INSERT INTO ") && !s.parameters().isEmpty()
                    && s.sql().matches("INSERT INTO \\w+ \\(ID,.*")) {
                // A multi-row insert (reWriteBatchedInserts) has one id per row: the first value of each row.
                int columns = s.sql().substring(0, s.sql().indexOf(')')).split(",").length;
                for (int i = 0; i < s.parameters().size(); i += columns) {
                    fresh.putIfAbsent(s.parameters().get(i).replace("'", ""),
                            "(2000000000 + :p * 64 + " + offset++ + ")");
                }
            }
            if (s.sql().startsWith("INSERT INTO residence_application ")) {
                for (String value : s.parameters()) {
                    if (value.matches("'\\d{8}-\\d{7}'")) {
                        provisional = value;
                    }
                }
            }
        }
        if (offset > 64) {
            throw new IllegalStateException(offset + " rows in one filing: more than the 64 ids per transaction");
        }
        // Issue 18: the filing's audit entry joins the hash chain; its place comes from the head row, which the script
        // moves on by one per transaction (the hashes are random: pgbench measures the statements, not the chain).
        long chainHead = -1;
        for (Statement s : filing) {
            if (s.sql().startsWith("UPDATE audit_chain_head SET SEQ = ")) {
                chainHead = Long.parseLong(s.parameters().get(0).replace("'", ""));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("-- One filing's statements as RAS issued them (from PostgreSQL's statement log), one transaction.\n");
        out.append("-- Row ids and the provisional number are made fresh from provisional_seq; see bench/README.md.\n");
        out.append("BEGIN;\n");
        // Issue 13: RAS draws provisional numbers in blocks of 100 (V14), so a filing usually draws nothing; the
        // script draws one value per transaction for its unique values, and leaves out any draw RAS logged.
        out.append("select nextval('provisional_seq') as p \\gset\n");
        for (Statement s : filing) {
            if (s.sql().equals("BEGIN") || s.sql().equals("COMMIT")
                    || s.sql().startsWith("select nextval('provisional_seq')")) {
                continue;
            }
            if (s.sql().startsWith("UPDATE audit_chain_head SET SEQ = ")) {
                out.append("UPDATE audit_chain_head SET SEQ = SEQ + 1, HASH = md5(random()::text) || md5(random()::text)"
                        + " WHERE ID = 1 RETURNING SEQ AS chain \\gset\n");
                continue;
            }
            boolean auditEntry = s.sql().startsWith("INSERT INTO audit_entry ");
            List<String> values = new ArrayList<>();
            for (String value : s.parameters()) {
                String bare = value.startsWith("'") ? value.substring(1, value.length() - 1) : value;
                if (fresh.containsKey(bare)) {
                    values.add(fresh.get(bare));
                } else if (auditEntry && chainHead > 0 && bare.matches("\\d+") && Long.parseLong(bare) <= chainHead
                        && Long.parseLong(bare) > chainHead - 64) {
                    values.add("(:chain - " + (chainHead - Long.parseLong(bare)) + ")");
                } else if (value.equals(provisional)) {
                    values.add("('B' || lpad(:p::text, 15, '0'))");
                } else if (value.matches("'application:\\d+'") && fresh.containsKey(bare.substring(12))) {
                    values.add("('application:' || " + fresh.get(bare.substring(12)) + ")");
                } else {
                    values.add(value);
                }
            }
            Matcher m = PLACEHOLDER.matcher(s.sql());
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sql, Matcher.quoteReplacement(values.get(Integer.parseInt(m.group(1)) - 1)));
            }
            m.appendTail(sql);
            out.append(sql).append(";\n");
        }
        out.append("COMMIT;\n");
        return out.toString();
    }
}
