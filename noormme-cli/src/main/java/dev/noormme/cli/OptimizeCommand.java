package dev.noormme.cli;

import dev.noormme.Database;
import dev.noormme.optimize.OptimizationReport;
import dev.noormme.optimize.Optimizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code noormme optimize <db>}: the optimizer's vacuum, analyze and checkpoint, each with its report. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Runs the optimizer's vacuum, analyze and checkpoint, printing each report.",
            "--vacuum returns free pages to the file system in steps (files with auto_vacuum=INCREMENTAL, as NOORMME"
                + " creates them), --analyze refreshes the planner's statistics (PRAGMA optimize; ANALYZE on"
                + " PostgreSQL), --checkpoint copies the WAL into the file and truncates it (SQLite only). None"
                + " given: all three, in that order. Exit code 1 when a step failed."})
final class OptimizeCommand extends DatabaseCommand {

    @Option(names = "--vacuum", description = "Return free pages to the file system.")
    boolean vacuum;

    @Option(names = "--analyze", description = "Refresh the query planner's statistics.")
    boolean analyze;

    @Option(names = "--checkpoint", description = "Checkpoint the WAL and truncate it.")
    boolean checkpoint;

    @Option(names = "--json", description = "Print the reports as JSON.")
    boolean json;

    @Override
    ExitCode run(Target target) {
        boolean all = !vacuum && !analyze && !checkpoint;
        // The order of Optimizer.run(): pages freed first, so the statistics and the checkpoint see the result.
        List<Function<Optimizer, OptimizationReport>> steps = new ArrayList<>();
        if (all || vacuum) {
            steps.add(Optimizer::vacuum);
        }
        if (all || analyze) {
            steps.add(Optimizer::analyze);
        }
        if (all || checkpoint) {
            steps.add(Optimizer::checkpoint);
        }
        List<OptimizationReport> reports = new ArrayList<>();
        try (Database db = Opener.open(target, database.busyTimeout, List.of());
                Progress progress = Progress.show(err(), "Optimizing " + target.describe())) {
            for (Function<Optimizer, OptimizationReport> step : steps) {
                reports.add(step.apply(db.optimizer()));
            }
        }
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("database", target.describe());
            result.put("reports", reports.stream().<Object>map(OptimizeCommand::toMap).toList());
            out().println(Json.write(result));
        } else {
            out().println("Optimized " + target.describe());
            reports.forEach(out()::println);
        }
        return reports.stream().anyMatch(OptimizationReport::failed) ? ExitCode.FAILED : ExitCode.OK;
    }

    private static Map<String, Object> toMap(OptimizationReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("trigger", report.trigger());
        map.put("startedAt", report.startedAt().toString());
        map.put("durationMillis", millis(report.duration()));
        map.put("pagesFreed", report.pagesFreed());
        map.put("walBytesBefore", report.walBytesBefore());
        map.put("walBytesAfter", report.walBytesAfter());
        map.put("failed", report.failed());
        List<Object> steps = new ArrayList<>();
        for (OptimizationReport.Step step : report.steps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("task", step.task().name().toLowerCase(Locale.ROOT));
            entry.put("outcome", step.outcome().name());
            entry.put("detail", step.detail());
            entry.put("durationMillis", millis(step.duration()));
            entry.put("pagesFreed", step.pagesFreed());
            entry.put("rowsDeleted", new LinkedHashMap<>(step.rowsDeleted()));
            steps.add(entry);
        }
        map.put("steps", steps);
        return map;
    }

    private static double millis(java.time.Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
