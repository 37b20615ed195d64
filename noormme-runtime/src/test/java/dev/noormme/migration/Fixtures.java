package dev.noormme.migration;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Configs, Java migrations and raw reads shared by the migration tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A file database in {@code folder} that does not migrate at open, with these SQL locations. */
    static DatabaseConfig config(Path folder, String... locations) {
        return config(Dialect.SQLITE, folder, locations);
    }

    /**
     * A database of {@code dialect} that does not migrate at open, with these SQL locations: the
     * file {@code app.db} in {@code folder}, or a new database on the tests' PostgreSQL server.
     */
    static DatabaseConfig config(Dialect dialect, Path folder, String... locations) {
        String url = switch (dialect) {
            case SQLITE -> "jdbc:sqlite:" + folder.resolve("app.db");
            case POSTGRESQL -> PostgresServer.newDatabase();
        };
        return DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url(url)
                .migrateOnOpen(false)
                .migrationLocations(locations)
                .build();
    }

    static Database open(DatabaseConfig config, VersionedMigration... steps) {
        return Database.open(config, List.of(), List.of(steps));
    }

    static VersionedMigration step(String version, String description, String... sql) {
        return new VersionedMigration(version, description, c -> {
            try (Statement statement = c.createStatement()) {
                for (String one : sql) {
                    statement.execute(one);
                }
            }
        });
    }

    /** A Java migration that inserts a row into notes, then throws. */
    static VersionedMigration failingStep(String version, String description) {
        return new VersionedMigration(version, description, c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("INSERT INTO notes (title) VALUES ('from the failing step')");
            }
            throw new IllegalStateException("the Java migration gave up");
        });
    }

    /** Every row of a query, each as text joined by '|', read on a connection of its own. */
    static List<String> rows(Path file, String sql) throws SQLException {
        return rows("jdbc:sqlite:" + file, sql);
    }

    /** Every row of a query on the database of {@code config}, each as text joined by '|'. */
    static List<String> rows(DatabaseConfig config, String sql) throws SQLException {
        return rows(config.url().orElseThrow(), sql);
    }

    private static List<String> rows(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
                Statement statement = c.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            int width = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= width; i++) {
                    text.append(i > 1 ? "|" : "").append(row.getString(i));
                }
                rows.add(text.toString());
            }
        }
        return rows;
    }

    /** Tables and indexes of the database, with their SQL, in name order. */
    static List<String> schema(Path file) throws SQLException {
        return rows(file, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    /** Tables, their columns and indexes of the database of {@code config}, in name order. */
    static List<String> schema(DatabaseConfig config) throws SQLException {
        return switch (Dialect.of(config.url().orElseThrow())) {
            case SQLITE -> rows(config,
                    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
            case POSTGRESQL -> rows(config, "SELECT table_name, column_name, data_type, is_nullable FROM"
                    + " information_schema.columns WHERE table_schema = 'public' UNION ALL"
                    + " SELECT tablename, indexname, indexdef, '' FROM pg_indexes WHERE schemaname = 'public'"
                    + " ORDER BY 1, 2");
        };
    }
}
