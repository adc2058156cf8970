package jp.ras.infrastructure.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the data source settings from RAS_DB_URL and RAS_DATA_DIR: PostgreSQL when a URL is set, otherwise the
 * embedded H2 file database under the data directory. Read by {@code @DataSourceDefinition} through
 * {@code ${MPCONFIG=...}}, which is resolved before other application beans exist, so this source reads the
 * environment and system properties itself.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String DATASOURCE_CLASS = "ras.db.datasource-class";
    static final String EFFECTIVE_URL = "ras.db.effective-url";
    private static final String REWRITE_INSERTS = "reWriteBatchedInserts";
    static final String EFFECTIVE_USER = "ras.db.effective-user";
    static final String EFFECTIVE_PASSWORD = "ras.db.effective-password";

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final UnaryOperator<String> settings;

    public DatabaseConfigSource() {
        this(DatabaseConfigSource::fromSystem);
    }

    /** For tests: settings looked up by MicroProfile Config name (ras.db.url) in the given function. */
    DatabaseConfigSource(UnaryOperator<String> settings) {
        this.settings = settings;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS, EFFECTIVE_URL, EFFECTIVE_USER, EFFECTIVE_PASSWORD);
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case DATASOURCE_CLASS -> usesPostgres() ? "org.postgresql.ds.PGSimpleDataSource" : "org.h2.jdbcx.JdbcDataSource";
            case EFFECTIVE_URL -> usesPostgres() ? postgresUrl(setting("ras.db.url", "")) : h2Url(dataDir());
            case EFFECTIVE_USER -> usesPostgres() ? setting("ras.db.user", "") : "ras";
            case EFFECTIVE_PASSWORD -> usesPostgres() ? setting("ras.db.password", "") : "ras";
            default -> null;
        };
    }

    /**
     * The configured PostgreSQL URL, with the driver told to send a batch of inserts as multi-row inserts (a bulk
     * filing's chunk: bench/bulk) unless the URL says otherwise.
     */
    static String postgresUrl(String url) {
        if (url.contains(REWRITE_INSERTS + "=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + REWRITE_INSERTS + "=true";
    }

    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("ras").toAbsolutePath() + H2_OPTIONS;
    }

    private boolean usesPostgres() {
        return !setting("ras.db.url", "").isBlank();
    }

    private Path dataDir() {
        return Path.of(setting("ras.data.dir", Path.of(System.getProperty("user.home"), ".ras").toString()));
    }

    private String setting(String key, String fallback) {
        String value = settings.apply(key);
        return value == null ? fallback : value;
    }

    /** MicroProfile Config's own mapping: system property, then the environment (ras.db.url → RAS_DB_URL). */
    private static String fromSystem(String key) {
        String value = System.getProperty(key);
        return value != null ? value : System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(DATASOURCE_CLASS, getValue(DATASOURCE_CLASS), EFFECTIVE_URL, getValue(EFFECTIVE_URL),
                EFFECTIVE_USER, getValue(EFFECTIVE_USER), EFFECTIVE_PASSWORD, getValue(EFFECTIVE_PASSWORD));
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "ras-database";
    }
}
