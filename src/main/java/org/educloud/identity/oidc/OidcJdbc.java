package org.educloud.identity.oidc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The JDBC access Spring Authorization Server's repositories get. They name their tables unqualified
 * ({@code oauth2_authorization}), which would resolve in the connection's search path; EduCloud keeps every module's
 * tables in its own schema, so statements are rewritten to name {@code identity.} before they are prepared. The
 * connections are the current transaction's own (through {@link TransactionAwareDataSourceProxy}), so registering a
 * client and its node commit together.
 */
final class OidcJdbc {

    private static final Pattern TABLES =
            Pattern.compile("(?<![.\\w])(oauth2_authorization_consent|oauth2_authorization|oauth2_registered_client)\\b");

    private OidcJdbc() {
    }

    static JdbcTemplate template(DataSource dataSource) {
        return new JdbcTemplate(new Qualifying(new TransactionAwareDataSourceProxy(dataSource)));
    }

    static String qualified(String sql) {
        return TABLES.matcher(sql).replaceAll("identity.$1");
    }

    private static final class Qualifying extends DelegatingDataSource {

        Qualifying(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return qualifying(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return qualifying(super.getConnection(username, password));
        }

        private static Connection qualifying(Connection target) {
            return (Connection) Proxy.newProxyInstance(OidcJdbc.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (args != null && args.length > 0 && args[0] instanceof String sql
                                && (method.getName().startsWith("prepare") || method.getName().equals("nativeSQL"))) {
                            args[0] = qualified(sql);
                        }
                        try {
                            return method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getTargetException();
                        }
                    });
        }
    }
}
