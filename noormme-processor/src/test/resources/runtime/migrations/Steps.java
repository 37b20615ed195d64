package notes;

import dev.noormme.annotations.Migration;
import dev.noormme.migration.MigrationStep;
import java.sql.Connection;
import java.sql.Statement;

/** The application's Java migrations; V3 fails while {@link #failing} is set. */
public final class Steps {

    public static volatile boolean failing;

    private Steps() {
    }

    static void run(Connection c, String sql) throws Exception {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    @Migration(version = "1", description = "Create notes")
    public static final class V1 implements MigrationStep {
        @Override
        public void migrate(Connection c) throws Exception {
            run(c, "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
        }
    }

    @Migration(version = "2", description = "Add stars")
    public static final class V2 implements MigrationStep {
        @Override
        public void migrate(Connection c) throws Exception {
            run(c, "ALTER TABLE notes ADD COLUMN stars INTEGER NOT NULL DEFAULT 0");
        }
    }

    @Migration(version = "3", description = "Welcome note")
    public static final class V3 implements MigrationStep {
        @Override
        public void migrate(Connection c) throws Exception {
            run(c, "INSERT INTO notes (title, stars) VALUES ('welcome', 5)");
            if (failing) {
                run(c, "INSERT INTO missing_table VALUES (1)");
            }
        }
    }
}
