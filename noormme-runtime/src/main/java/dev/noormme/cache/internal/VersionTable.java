package dev.noormme.cache.internal;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * PostgreSQL without {@code LISTEN} (CockroachDB, most YugabyteDB): every transaction that wrote
 * through a repository bumps its tables' rows in {@code noormme_cache_versions} just before its
 * COMMIT, so the bump commits or rolls back with the writes; every instance reads the table once
 * per poll interval and bumps the generations of the tables whose version moved. Another
 * instance's result may so be served for at most one poll interval after the commit that made it
 * stale. This instance's own bumps come back too and cost one needless miss per table written.
 *
 * <p>The price: writers of one table, in any instance, wait for each other's commit on that
 * table's row. Rows are bumped in name order, so two transactions writing the same tables never
 * deadlock on them. A poll that fails flushes the cache (nothing can be proven fresh). Used by the
 * watcher thread only, after {@link #start()} on the opening thread; {@link #announce} by writing
 * threads.
 */
final class VersionTable implements Freshness {

    static final String TABLE = "noormme_cache_versions";
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE
            + " (table_name TEXT PRIMARY KEY, version BIGINT NOT NULL)";
    private static final String BUMP = "INSERT INTO " + TABLE + " (table_name, version) VALUES (?, 1)"
            + " ON CONFLICT (table_name) DO UPDATE SET version = " + TABLE + ".version + 1";
    private static final String READ = "SELECT table_name, version::text FROM " + TABLE
            + " UNION ALL SELECT '', (" + WriteClosure.POSTGRESQL_SCHEMA_VERSION + ")";
    private static final System.Logger LOG = System.getLogger(VersionTable.class.getName());

    private final ConnectionManager connections;
    private final CacheEngine engine;
    /** The versions as last read, {@link WriteClosure#POSTGRESQL_SCHEMA_VERSION} under the key "": null until read. Watcher thread only. */
    private Map<String, String> versions;

    VersionTable(ConnectionManager connections, CacheEngine engine) {
        this.connections = connections;
        this.engine = engine;
    }

    @Override
    public String threadName() {
        return "noormme-cache-watcher";
    }

    @Override
    public Freshness start() {
        try {
            connections.write((handle, unused) -> {
                handle.executeOnce(CREATE);
                return null;
            }, null);
            versions = connections.read(VersionTable::read, null);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read " + TABLE + "; the first poll flushes the query cache", e);
        }
        return this;
    }

    @Override
    public void tick() {
        // Versions are read once per poll interval.
    }

    @Override
    public boolean poll() {
        Map<String, String> read;
        try {
            read = connections.read(VersionTable::read, null);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Reading " + TABLE + " failed; the query cache keeps nothing until it can", e);
            versions = null;
            engine.invalidateAll();
            return true;
        }
        Map<String, String> before = versions;
        versions = read;
        if (before == null) {
            engine.invalidateAll(); // nothing to compare with: any entry may predate a commit
            return true;
        }
        List<String> moved = new ArrayList<>();
        read.forEach((table, version) -> {
            if (!version.equals(before.get(table))) {
                moved.add(table);
            }
        });
        if (moved.remove("")) {
            engine.flush(true); // foreign keys or triggers changed: the write closure is read again
        } else if (moved.contains(CacheEngine.ANY_TABLE)) {
            engine.invalidateAll();
        } else if (!moved.isEmpty()) {
            engine.invalidated(moved);
        }
        return true;
    }

    private static Map<String, String> read(Handle handle, Void unused) throws SQLException {
        Map<String, String> read = new HashMap<>();
        try (ResultSet row = handle.prepare(READ).executeQuery()) {
            while (row.next()) {
                read.put(row.getString(1), row.getString(2));
            }
        }
        return read;
    }

    @Override
    public boolean announces() {
        return true;
    }

    @Override
    public void announce(Handle handle, Set<String> tables) throws SQLException {
        PreparedStatement bump = handle.prepare(BUMP);
        for (String table : new TreeSet<>(tables)) {
            bump.setString(1, table);
            bump.addBatch();
        }
        bump.executeBatch();
    }

    @Override
    public void close() {
        // Reads through the pool: nothing of its own to close.
    }
}
