package dev.noormme.cli;

import dev.noormme.Database;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code noormme health <db>}: the runtime's health report, and its status as the exit code. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Checks the database and prints each check; exit code 0 UP, 1 DEGRADED, 2 DOWN.",
            "Each check (connectivity, integrity, WAL size, free pages, pool, ...) with its status, what it found and"
                + " the time it took, then what to do. Changes nothing in the database."})
final class HealthCommand extends DatabaseCommand {

    @Option(names = "--json", description = "Print the report as JSON (the runtime's HealthReport.toJson()).")
    boolean json;

    @Option(names = "--locations", split = ",", paramLabel = "<location>",
            description = "Migration locations (filesystem:<folder> or a folder) to report pending migrations.")
    List<String> locations = List.of();

    @Override
    ExitCode run(Target target) {
        HealthReport report;
        try (Database db = Opener.open(target, database.busyTimeout, Locations.resolve(locations))) {
            report = db.healthCheck();
        }
        PrintWriter out = out();
        if (json) {
            out.println(report.toJson());
        } else {
            out.println("Health of " + target.describe() + ": " + report.status());
            int width = report.checks().stream().mapToInt(check -> check.name().length()).max().orElse(0);
            for (HealthCheck check : report.checks()) {
                out.println(String.format(Locale.ROOT, "  %-" + width + "s  %-8s %8.1f ms  %s", check.name(),
                        check.status(), check.duration().toNanos() / 1e6, check.detail()));
            }
            if (!report.recommendations().isEmpty()) {
                out.println("Recommendations:");
                report.recommendations().forEach(recommendation -> out.println("  - " + recommendation));
            }
        }
        return switch (report.status()) {
            case UP -> ExitCode.OK;
            case DEGRADED -> ExitCode.FAILED;
            case DOWN -> ExitCode.DOWN;
        };
    }
}
