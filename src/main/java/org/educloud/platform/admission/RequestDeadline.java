package org.educloud.platform.admission;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A request's database work has a deadline. A connection taken on a thread that serves an admitted request gets a
 * network timeout ({@code educloud.platform.requests.database-timeout}): when PostgreSQL stops answering without
 * closing its connections (a frozen server, a hung host, a network that drops packets), a query in flight would
 * otherwise wait as long as the outage lasts, holding its turn and its connection. With the deadline the read fails,
 * the driver closes the connection (SQLState 08006), the pool drops it, and the request is answered 503 like any
 * other unavailable database. The pool puts the connection's own timeout back when it is returned, so the same
 * connection used by background work (imports, exports, index rebuilds, migrations, whose statements may rightly run
 * longer) has none.
 */
final class RequestDeadline extends DelegatingDataSource {

    private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();
    private static final Executor SAME_THREAD = Runnable::run;

    private final int timeoutMillis;

    RequestDeadline(DataSource pool, Duration timeout) {
        super(pool);
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /** Marks the current thread as serving a request until {@link #leave()}. */
    static void enter() {
        SERVING.set(Boolean.TRUE);
    }

    static void leave() {
        SERVING.remove();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withDeadline(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withDeadline(super.getConnection(username, password));
    }

    private Connection withDeadline(Connection connection) throws SQLException {
        if (SERVING.get() != null && timeoutMillis > 0) {
            try {
                connection.setNetworkTimeout(SAME_THREAD, timeoutMillis);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }
}
