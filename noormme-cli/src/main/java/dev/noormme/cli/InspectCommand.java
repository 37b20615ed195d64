package dev.noormme.cli;

import dev.noormme.config.Dialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code noormme inspect <db>}: tables, row counts, indexes, storage and migration history. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Lists tables and rows, indexes, file and WAL size, free pages, migration history.",
            "Free pages are freelist_count x page_size; the history is flyway_schema_history. On PostgreSQL: the"
                + " database's size, and rows as pg_stat_user_tables estimates them. Reads on a connection that"
                + " cannot write: changes nothing."})
final class InspectCommand extends DatabaseCommand {

    @Option(names = "--json", description = "Print the inspection as JSON.")
    boolean json;

    @Override
    ExitCode run(Target target) {
        target.requireDatabase();
        Catalog catalog;
        try (Connection connection = Jdbc.readOnly(target, database.busyTimeout)) {
            catalog = Catalog.read(connection, target);
        } catch (SQLException e) {
            throw Failures.classify(e, target);
        }
        if (json) {
            out().println(Json.write(toMap(target, catalog)));
        } else {
            print(out(), target, catalog);
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, Target target, Catalog catalog) {
        Catalog.Storage storage = catalog.storage();
        out.println(String.format("Database %s (%s)", target.describe(),
                target.dialect() == Dialect.SQLITE ? "SQLite" : "PostgreSQL"));
        if (storage != null) {
            out.println(String.format("  file %,d bytes, WAL %,d bytes, journal_mode %s, auto_vacuum %s",
                    catalog.databaseBytes(), storage.walBytes(), storage.journalMode(), storage.autoVacuum()));
            out.println(String.format("  %,d pages of %,d bytes, %,d free (%,d bytes)", storage.pageCount(),
                    storage.pageSize(), storage.freePages(), storage.freeBytes()));
        } else {
            out.println(String.format("  database %,d bytes (pg_database_size); WAL and free pages are the server's",
                    catalog.databaseBytes()));
        }
        out.println("Tables (" + catalog.tables().size() + "):");
        int width = catalog.tables().stream().mapToInt(table -> table.name().length()).max().orElse(0);
        for (Catalog.Table table : catalog.tables()) {
            out.println(String.format("  %-" + width + "s  %s%,d rows", table.name(), table.estimated() ? "~" : "",
                    table.rows()));
        }
        out.println("Indexes (" + catalog.indexes().size() + "):");
        for (Catalog.Index index : catalog.indexes()) {
            out.println("  " + index.name() + " ON " + index.table() + " (" + index.columns() + ")"
                    + (index.unique() ? " UNIQUE" : ""));
        }
        if (catalog.history() == null) {
            out.println("Migration history: none (no " + History.TABLE + " table)");
        } else {
            out.println("Migration history (" + History.TABLE + ", " + catalog.history().size() + "):");
            for (History.Row row : catalog.history()) {
                out.println(String.format("  %3d  V%-6s %-30s %-4s %s %,d ms %s", row.rank(), row.version(),
                        row.description(), row.type(), row.installedOn(), row.executionMillis(),
                        row.success() ? "success" : "FAILED"));
            }
        }
    }

    private static Map<String, Object> toMap(Target target, Catalog catalog) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("database", target.describe());
        map.put("dialect", target.dialect().name());
        map.put("databaseBytes", catalog.databaseBytes());
        Catalog.Storage storage = catalog.storage();
        if (storage != null) {
            map.put("walBytes", storage.walBytes());
            map.put("journalMode", storage.journalMode());
            map.put("autoVacuum", storage.autoVacuum());
            map.put("pageSize", storage.pageSize());
            map.put("pageCount", storage.pageCount());
            map.put("freePages", storage.freePages());
            map.put("freeBytes", storage.freeBytes());
        }
        List<Object> tables = new ArrayList<>();
        for (Catalog.Table table : catalog.tables()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", table.name());
            entry.put("rows", table.rows());
            entry.put("estimated", table.estimated());
            tables.add(entry);
        }
        map.put("tables", tables);
        List<Object> indexes = new ArrayList<>();
        for (Catalog.Index index : catalog.indexes()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", index.name());
            entry.put("table", index.table());
            entry.put("columns", index.columns());
            entry.put("unique", index.unique());
            indexes.add(entry);
        }
        map.put("indexes", indexes);
        if (catalog.history() != null) {
            List<Object> history = new ArrayList<>();
            for (History.Row row : catalog.history()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("rank", row.rank());
                entry.put("version", row.version());
                entry.put("description", row.description());
                entry.put("type", row.type());
                entry.put("installedOn", row.installedOn());
                entry.put("executionMillis", row.executionMillis());
                entry.put("success", row.success());
                history.add(entry);
            }
            map.put("history", history);
        } else {
            map.put("history", null);
        }
        return map;
    }
}
