package org.educloud.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Puts the shared context's connection pool into the states of a load test or an outage, and always back: every
 * connection borrowed and held (a pool exhausted by a crowd), or the database refusing connections and dropping the
 * ones it had (PostgreSQL stopped). A request then waits the pool's configured connection timeout before its 503
 * (Hikari reads the timeout once, at start).
 */
final class PoolDrills {

    private PoolDrills() {
    }

    /** Every connection of the pool, held until closed. */
    static AutoCloseable exhaust(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }
        } catch (SQLTransientConnectionException alreadyEmpty) {
            // a background job holds the rest: the pool is exhausted all the same
        }
        return () -> {
            for (Connection connection : held) {
                connection.close();
            }
        };
    }

    /**
     * The database stops taking connections and ends those it has, as when PostgreSQL is stopped; {@link Outage#end()}
     * lets connections in again, as when it is back. Done from a connection to another database, since a database
     * cannot refuse connections while the connection refusing them is inside it.
     */
    static Outage outage(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        String database;
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("select current_database()")) {
            result.next();
            database = result.getString(1);
        }
        String url = pool.getJdbcUrl().replaceFirst("/" + database + "(\\?|$)", "/template1$1");
        Connection outside = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword());
        Outage outage = new Outage(outside, database);
        try (Statement statement = outside.createStatement()) {
            statement.execute("alter database \"" + database + "\" allow_connections false");
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        } catch (SQLException | RuntimeException e) {
            outage.close();
            throw e;
        }
        return outage;
    }

    record Outage(Connection outside, String database) implements AutoCloseable {

        void end() throws SQLException {
            try (Statement statement = outside.createStatement()) {
                statement.execute("alter database \"" + database + "\" allow_connections true");
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                end();
            } finally {
                outside.close();
            }
        }
    }
}
