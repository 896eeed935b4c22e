package org.educloud.platform.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached right now rather than that a request is wrong: the pool gave
 * no connection in time (Hikari's {@code SQLTransientConnectionException}, wrapped by Spring as
 * {@code CannotCreateTransactionException} or {@code CannotGetJdbcConnectionException}), or a connection broke or was
 * refused (SQLState class 08, or the server shutting down, starting up or full). Such a failure is answered 503 with
 * {@code Retry-After}, never 500: nothing is wrong with the request, and it may well succeed in a few seconds.
 * <p>
 * When a connection breaks inside a transaction, Hikari closes it and the rollback that follows fails on the closed
 * connection; that rollback failure is what Spring throws (the broken query is only logged), so a closed pooled
 * connection counts as well, and so does the application exception a {@code TransactionSystemException} carries.
 */
public final class DatabaseUnavailable {

    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(@Nullable Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (brokenConnection(sql) || closedByThePool(sql))) {
                return true;
            }
            if (cause instanceof TransactionSystemException transaction
                    && transaction.getApplicationException() != null
                    && causedBy(transaction.getApplicationException())) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }

    private static boolean brokenConnection(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    /** Hikari's answer to any use of a connection it has closed (it closes a connection it found broken). */
    private static boolean closedByThePool(SQLException sql) {
        StackTraceElement[] trace = sql.getStackTrace();
        return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage()) && trace.length > 0
                && trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.");
    }
}
