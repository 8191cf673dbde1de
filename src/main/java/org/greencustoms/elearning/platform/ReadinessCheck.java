package org.greencustoms.elearning.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers. Liberty reports the server not ready until the application has started, which
 * is after the start-up migration and content import, so content is in place by the time this is asked.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ReadinessCheck.class.getName());

    @Resource(lookup = "jdbc/greencustoms")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(databaseAnswers()).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            return false;
        }
    }
}
