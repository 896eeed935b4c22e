package org.educloud.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database cannot be reached now" (503) and which are ordinary errors. */
class DatabaseUnavailableTest {

    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "educloud-embedded - Connection is not available, request timed out after 5000ms");

    @Test
    void aPoolThatGaveNoConnectionInTimeIsUnavailableHoweverSpringWrapsIt() {
        assertThat(DatabaseUnavailable.causedBy(POOL_TIMEOUT)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                new CannotCreateTransactionException("Could not open JPA EntityManager", POOL_TIMEOUT))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT))).isTrue();
    }

    @Test
    void aConnectionRefusedBrokenOrEndedByTheServerIsUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new JpaSystemException(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedAfterItBrokeIsUnavailable() {
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0",
                "ProxyConnection.java", 559)});
        assertThat(DatabaseUnavailable.causedBy(
                new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", closed))))
                .isTrue();
        TransactionSystemException rollbackFailed = new TransactionSystemException("rollback failed");
        rollbackFailed.initApplicationException(new CannotCreateTransactionException("no connection", POOL_TIMEOUT));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
    }

    @Test
    void ordinaryFailuresStayWhatTheyAre() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
