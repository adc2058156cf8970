package jp.ras.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    private final DatabaseConfigSource source = new DatabaseConfigSource();

    @AfterEach
    void clear() {
        System.clearProperty("ras.db.url");
        System.clearProperty("ras.db.user");
        System.clearProperty("ras.data.dir");
    }

    @Test
    void withoutADatabaseUrlRasUsesAnH2FileInTheDataDirectory() {
        System.setProperty("ras.data.dir", "/srv/ras-data");
        assertEquals("org.h2.jdbcx.JdbcDataSource", source.getValue(DatabaseConfigSource.DATASOURCE_CLASS));
        String url = source.getValue(DatabaseConfigSource.EFFECTIVE_URL);
        assertTrue(url.startsWith("jdbc:h2:file:/srv/ras-data/db/ras;"), url);
        assertTrue(url.contains("MODE=PostgreSQL"), url);
    }

    @Test
    void aDatabaseUrlSelectsPostgresql() {
        System.setProperty("ras.db.url", "jdbc:postgresql://127.0.0.1:5432/ras");
        System.setProperty("ras.db.user", "ras");
        assertEquals("org.postgresql.ds.PGSimpleDataSource", source.getValue(DatabaseConfigSource.DATASOURCE_CLASS));
        assertEquals("jdbc:postgresql://127.0.0.1:5432/ras", source.getValue(DatabaseConfigSource.EFFECTIVE_URL));
        assertEquals("ras", source.getValue(DatabaseConfigSource.EFFECTIVE_USER));
    }

    @Test
    void theDefaultDataDirectoryIsInTheUsersHomeNotTmp() {
        String url = source.getValue(DatabaseConfigSource.EFFECTIVE_URL);
        if (System.getenv("RAS_DATA_DIR") == null) {
            assertTrue(url.startsWith("jdbc:h2:file:" + Path.of(System.getProperty("user.home"), ".ras")), url);
        }
    }
}
