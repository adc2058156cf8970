package jp.ras.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.ras.infrastructure.persistence.migration.V25__Audit_chain_links;
import org.flywaydb.core.Flyway;

/**
 * Defines RAS's data source from configuration (see {@code DatabaseConfigSource}) and brings the schema up to
 * date with Flyway before anything else uses it. The same migrations run on H2 and PostgreSQL.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=ras.db.datasource-class}",
        url = "${MPCONFIG=ras.db.effective-url}",
        user = "${MPCONFIG=ras.db.effective-user}",
        password = "${MPCONFIG=ras.db.effective-password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/ras";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V25__Audit_chain_links())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations run)");
    }
}
