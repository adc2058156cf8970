package jp.ras.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    private static DatabaseConfigSource with(Map<String, String> settings) {
        return new DatabaseConfigSource(settings::get);
    }

    @Test

    @DisplayName("Embedded default: without a database URL RAS uses an H2 file in the data directory")
    void withoutADatabaseUrlRasUsesAnH2FileInTheDataDirectory() {
        DatabaseConfigSource source = with(Map.of("ras.data.dir", "/srv/ras-data"));
        assertEquals("org.h2.jdbcx.JdbcDataSource", source.getValue(DatabaseConfigSource.DATASOURCE_CLASS));
        String url = source.getValue(DatabaseConfigSource.EFFECTIVE_URL);
        assertTrue(url.startsWith("jdbc:h2:file:/srv/ras-data/db/ras;"), url);
        assertTrue(url.contains("MODE=PostgreSQL"), url);
    }

    @Test

    @DisplayName("Production database: a database URL selects PostgreSQL")
    void aDatabaseUrlSelectsPostgresql() {
        DatabaseConfigSource source = with(Map.of("ras.db.url", "jdbc:postgresql://127.0.0.1:5432/ras",
                "ras.db.user", "ras", "ras.db.password", "secret"));
        assertEquals("org.postgresql.ds.PGSimpleDataSource", source.getValue(DatabaseConfigSource.DATASOURCE_CLASS));
        assertEquals("jdbc:postgresql://127.0.0.1:5432/ras?reWriteBatchedInserts=true",
                source.getValue(DatabaseConfigSource.EFFECTIVE_URL));
        assertEquals("ras", source.getValue(DatabaseConfigSource.EFFECTIVE_USER));
        assertEquals("secret", source.getValue(DatabaseConfigSource.EFFECTIVE_PASSWORD));
    }

    @Test

    @DisplayName("Production database: batched inserts are rewritten unless the URL says otherwise")
    void batchedInsertsAreRewrittenUnlessTheUrlSaysOtherwise() {
        assertEquals("jdbc:postgresql://db/ras?ssl=true&reWriteBatchedInserts=true",
                DatabaseConfigSource.postgresUrl("jdbc:postgresql://db/ras?ssl=true"));
        assertEquals("jdbc:postgresql://db/ras?reWriteBatchedInserts=false",
                DatabaseConfigSource.postgresUrl("jdbc:postgresql://db/ras?reWriteBatchedInserts=false"));
    }

    @Test

    @DisplayName("Embedded default: the data directory is in the user's home, not /tmp")
    void theDefaultDataDirectoryIsInTheUsersHomeNotTmp() {
        String url = with(Map.of()).getValue(DatabaseConfigSource.EFFECTIVE_URL);
        assertTrue(url.startsWith("jdbc:h2:file:" + Path.of(System.getProperty("user.home"), ".ras")), url);
    }
}
