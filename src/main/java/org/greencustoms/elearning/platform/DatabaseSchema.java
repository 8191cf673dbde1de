package org.greencustoms.elearning.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * First thing at start-up: brings the database schema up to date with Flyway, then has Hibernate check that the
 * entities match it. Hibernate never changes the schema: the migrations in db/migration are the only source of DDL.
 * Start-up beans that use the database declare {@code @DependsOn("DatabaseSchema")}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    // Liberty hides class-path folders from Flyway's scanner unless they hold a file named flyway.location:
    // db/migration and db/callback (which Flyway always looks into) each have one.

    @Resource(lookup = "jdbc/greencustoms")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory emf;

    @PostConstruct
    void migrateAndValidate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now, on " + result.database + ")");
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }
}
