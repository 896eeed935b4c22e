package org.educloud.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * An application instance reduced to its embedded database, for {@link EmbeddedDatabaseTest} to kill: run in a child
 * JVM, it starts the database the way the application does with the shipped settings, commits a row, says
 * {@code READY} and waits. Arguments: the data directory and the row's note.
 */
final class EmbeddedDatabaseInstance {

    private EmbeddedDatabaseInstance() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(EmbeddedDatabaseTest.shippedSettings(Path.of(args[0])));
        // only a polite stop (SIGTERM) reaches this; the test's SIGKILL is the point
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (Exception ignored) {
                // the JVM is going anyway
            }
        }));
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                Statement statement = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("insert into survivor values (?)")) {
            statement.execute("create table if not exists survivor (note text)");
            insert.setString(1, args[1]);
            insert.executeUpdate();
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
