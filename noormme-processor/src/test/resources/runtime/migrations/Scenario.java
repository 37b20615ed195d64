package notes;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.migration.MigrationException;
import dev.noormme.migration.MigrationReport;
import dev.noormme.migration.MigrationTesting;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs the generated ServiceFactory with migrations; {@code apply} takes a folder and returns what it saw. */
public final class Scenario implements Function<String, List<String>> {

    @Override
    public List<String> apply(String folder) {
        List<String> seen = new ArrayList<>();
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                .url("jdbc:sqlite:" + folder + "/app.db").migrationLocations().build();
        try (ServiceFactory factory = ServiceFactory.create(config)) {
            MigrationReport report = factory.database().migrations().lastRun().orElseThrow();
            seen.add("applied=" + report.versions() + " " + report.applied().stream().map(MigrationReport.Applied::type).toList());
            factory.notesRepository().insert(new Note(null, "second", 3));
            seen.add("notes=" + factory.notesRepository().findAll());
            seen.add("problems=" + factory.database().migrations().validate());
            seen.add("health=" + factory.healthCheck().status());
        }
        Steps.failing = true;
        DatabaseConfig other = config.toBuilder().url("jdbc:sqlite:" + folder + "/other.db").build();
        try (ServiceFactory factory = ServiceFactory.create(other)) {
            seen.add("unexpected=" + factory);
        } catch (MigrationException e) {
            seen.add("failure=V" + e.version().orElse("?") + " " + e.description().orElse("?") + ": " + e.reason());
        }
        seen.add("tables=" + tables(folder + "/other.db"));
        Steps.failing = false;
        seen.add("verified=" + MigrationTesting.verify(c -> ServiceFactory.create(c).database()).versions());
        return seen;
    }

    private static List<String> tables(String file) {
        List<String> names = new ArrayList<>();
        try (Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, new java.util.Properties());
                Statement statement = c.createStatement();
                ResultSet row = statement.executeQuery("SELECT name FROM sqlite_master ORDER BY name")) {
            while (row.next()) {
                names.add(row.getString(1));
            }
        } catch (Exception e) {
            names.add(e.toString());
        }
        return names;
    }
}
