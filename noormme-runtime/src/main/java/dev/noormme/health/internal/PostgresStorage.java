package dev.noormme.health.internal;

import dev.noormme.connection.ConnectionManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures the health checks read from a PostgreSQL server, as {@link SqliteStorage} reads
 * SQLite's PRAGMAs and files: its connections against {@code max_connections}, and the dead
 * tuples of each table. Statistics views, so each read is cheap and takes no lock. Stateless.
 */
final class PostgresStorage {

    private PostgresStorage() {
    }

    /** Client connections open on the server (every database's), and the most it accepts. */
    record Connections(long inUse, long max) {
        double ratio() {
            return max == 0 ? 0 : (double) inUse / max;
        }
    }

    /** A table's live and dead tuples, as its statistics last saw them. */
    record Tuples(String table, long live, long dead) {
        double deadRatio() {
            return live + dead == 0 ? 0 : (double) dead / (live + dead);
        }
    }

    /**
     * Client backends only: background processes (autovacuum, WAL writer, checkpointer) have
     * slots of their own and never take one of {@code max_connections}.
     */
    static Connections connections(ConnectionManager connections) throws SQLException {
        return connections.read((handle, unused) -> new Connections(
                handle.queryLong("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"),
                Long.parseLong(handle.queryString("SHOW max_connections"))), null);
    }

    /** The tables of the schemas on the search path, most dead tuples first. */
    static List<Tuples> tuples(ConnectionManager connections) throws SQLException {
        return connections.read((handle, unused) -> {
            List<Tuples> tables = new ArrayList<>();
            try (ResultSet rows = handle.prepare("SELECT relname, n_live_tup, n_dead_tup FROM pg_stat_user_tables"
                    + " WHERE schemaname = ANY (current_schemas(false)) ORDER BY n_dead_tup DESC, relname").executeQuery()) {
                while (rows.next()) {
                    tables.add(new Tuples(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
            return tables;
        }, null);
    }
}
