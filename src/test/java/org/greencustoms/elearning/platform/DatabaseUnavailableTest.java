package org.greencustoms.elearning.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsTheDatabase() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        EJBException thrown = new EJBException(new PersistenceException("could not prepare", refused));

        assertThat(DatabaseUnavailable.causes(thrown)).isTrue();
    }

    @Test
    void aPoolThatCannotConnectIsTheDatabase() {
        assertThat(DatabaseUnavailable.causes(new RuntimeException(
                new SQLTransientConnectionException("Connection not available within 30 s")))).isTrue();
    }

    @Test
    void aDatabaseStillStartingIsTheDatabase() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException(
                new SQLException("FATAL: the database system is starting up", "57P03")))).isTrue();
    }

    @Test
    void otherSqlFailuresAreFaultsOfTheApplication() {
        assertThat(DatabaseUnavailable.causes(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("no"))).isFalse();
    }
}
