package org.greencustoms.elearning.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the start-up import has finished. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/greencustoms")
    DataSource dataSource;

    @Inject
    ContentBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean content = bootstrap.isReady();
        return HealthCheckResponse.named("database-and-content")
                .status(database && content)
                .withData("database", database ? "UP" : "DOWN")
                .withData("content", content ? "imported" : "importing")
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
