package jp.ras.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import jp.ras.infrastructure.persistence.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers and the instance is not stopping ({@link Availability}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "ras-database";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Availability availability;

    @Override
    public HealthCheckResponse call() {
        if (!availability.serving()) {
            return HealthCheckResponse.named(NAME).down().withData("stopping", true).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named(NAME).status(connection.isValid(2)).build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
