package dev.noormme.cli;

import dev.noormme.Database;
import dev.noormme.migration.PendingMigration;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code noormme validate <db> --locations ...}: applied, pending and failed migrations, and Flyway's problems. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Lists applied, pending and failed migrations; exit code 1 unless all are applied.",
            "Applied and failed from flyway_schema_history, pending from --locations, and every problem Flyway's"
                + " validation finds (a changed checksum, an applied migration whose file is gone). Valid, exit"
                + " code 0, when nothing is pending, failed or wrong, as Flyway's own validate; otherwise exit code 1."
                + " Changes nothing."})
final class ValidateCommand extends DatabaseCommand {

    @Option(names = "--locations", split = ",", paramLabel = "<location>", required = true,
            description = "Where the V<version>__<description>.sql files are: filesystem:<folder> or a folder.")
    List<String> locations;

    @Override
    ExitCode run(Target target) {
        List<String> resolved = Locations.resolve(locations);
        List<PendingMigration> pending;
        List<String> problems;
        try (Database db = Opener.open(target, database.busyTimeout, resolved)) {
            pending = db.migrations().pending();
            problems = db.migrations().validate();
        }
        List<History.Row> history;
        try (Connection connection = Jdbc.readOnly(target, database.busyTimeout)) {
            history = History.read(connection, target.dialect());
        } catch (SQLException e) {
            throw Failures.classify(e, target);
        }
        List<History.Row> applied = history == null ? List.of() : history;
        List<History.Row> failed = applied.stream().filter(row -> !row.success()).toList();

        PrintWriter out = out();
        out.println("Migrations of " + target.describe() + " (" + String.join(", ", resolved) + ")");
        for (History.Row row : applied) {
            out.println(String.format("  %-8s V%-6s %s", row.success() ? "applied" : "FAILED", row.version(),
                    row.description()));
        }
        for (PendingMigration migration : pending) {
            out.println(String.format("  %-8s V%-6s %s", "pending", migration.version(), migration.description()));
        }
        if (applied.isEmpty() && pending.isEmpty()) {
            out.println("  (no migrations)");
        }
        problems.forEach(problem -> out.println("  problem: " + problem));
        List<String> reasons = new ArrayList<>();
        if (!pending.isEmpty()) {
            reasons.add(pending.size() + " pending");
        }
        if (!failed.isEmpty()) {
            reasons.add(failed.size() + " failed");
        }
        if (!problems.isEmpty()) {
            reasons.add(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        }
        out.println(reasons.isEmpty() ? "Valid: " + applied.size() + " applied, none pending"
                : "Not valid: " + String.join(", ", reasons));
        return reasons.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
}
