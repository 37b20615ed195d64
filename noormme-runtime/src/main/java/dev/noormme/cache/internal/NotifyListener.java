package dev.noormme.cache.internal;

import dev.noormme.cache.CacheInvalidation;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL: every transaction that wrote through a repository sends
 * {@code pg_notify('noormme_cache', '<instance> <table>,<table>...')} just before its COMMIT, so
 * the server delivers it to every listener when, and only when, the writes commit. Each database
 * holds one connection of its own, outside the pool, that {@code LISTEN}s on the channel; the
 * watcher thread takes in what it received at every tick and bumps those tables' generations
 * ({@link CacheEngine#invalidated}), skipping notifications of its own instance, whose tables it
 * bumped at commit already.
 *
 * <p>The window: a notification is acted on within one tick of arriving, and once per poll
 * interval the listener makes a round trip (reading the foreign keys' and triggers' version, so
 * that the write closure follows schema changes made by anyone): the server hands a listening session every
 * notification committed before it answers, so a successful round trip proves that nothing
 * committed before it was missed. A reader of another instance may therefore get a result cached
 * before a commit for at most the poll interval after that commit (plus the tick), never after
 * the notification was taken in: entries are stamped before their query runs, so a result loaded
 * before the bump is stale after it. A listener whose connection fails cannot prove anything: it
 * flushes the cache then, at every poll interval until it is back, and once more after its
 * {@code LISTEN} succeeded again (what was committed in between was never announced to it).
 *
 * <p>Where the server refuses {@code LISTEN} as unsupported (SQLSTATE {@code 0A000}), the
 * automatic choice falls back to {@link VersionTable}. Used by the watcher thread only, after
 * {@link #start()} on the opening thread; {@link #announce} by writing threads.
 */
final class NotifyListener implements Freshness {

    /** The channel every instance on one database listens to. */
    static final String CHANNEL = "noormme_cache";
    /** PostgreSQL refuses a payload of 8000 bytes or more; a longer list is sent as "every table". */
    private static final int MAX_PAYLOAD = 7000;
    private static final String NOTIFY = "SELECT pg_notify(?, ?)";
    private static final String FEATURE_NOT_SUPPORTED = "0A000";
    private static final System.Logger LOG = System.getLogger(NotifyListener.class.getName());

    private final ConnectionManager connections;
    private final CacheEngine engine;
    private final boolean fallBack;
    /** The login the pool uses where the url carries none ({@code username}, {@code password}). */
    private final Properties login = new Properties();
    /** Tells this instance's notifications from others' on the shared channel. */
    private final String instance = UUID.randomUUID().toString();
    /** The listening connection; null while disconnected. Watcher thread only. */
    private Connection listening;
    /** {@link WriteClosure#POSTGRESQL_SCHEMA_VERSION} as last read. Watcher thread only. */
    private String schemaVersion;

    NotifyListener(ConnectionManager connections, DatabaseConfig config, CacheEngine engine) {
        this.connections = connections;
        this.engine = engine;
        this.fallBack = config.cacheInvalidation() == CacheInvalidation.AUTO;
        config.username().ifPresent(user -> login.setProperty("user", user));
        config.password().ifPresent(password -> login.setProperty("password", password));
    }

    @Override
    public String threadName() {
        return "noormme-cache-listener";
    }

    @Override
    public Freshness start() {
        try {
            listening = listen();
        } catch (SQLException e) {
            if (FEATURE_NOT_SUPPORTED.equals(e.getSQLState()) && fallBack) {
                LOG.log(Level.INFO, "{0} has no LISTEN ({1}); the query cache polls noormme_cache_versions instead",
                        connections.url(), e.getMessage());
                return new VersionTable(connections, engine).start();
            }
            if (FEATURE_NOT_SUPPORTED.equals(e.getSQLState())) {
                throw new IllegalStateException("cacheInvalidation is NOTIFY, but " + connections.url()
                        + " has no LISTEN: " + e.getMessage() + ". Use AUTO or POLL.", e);
            }
            LOG.log(Level.WARNING, "The query cache could not LISTEN on " + connections.url()
                    + "; it keeps nothing until it can: " + e.getMessage(), e);
        }
        return this;
    }

    @Override
    public void tick() {
        if (listening == null) {
            return;
        }
        try {
            takeIn(listening.unwrap(PGConnection.class).getNotifications());
        } catch (SQLException e) {
            disconnected(e);
        }
    }

    @Override
    public boolean poll() {
        if (listening == null) {
            try {
                listening = listen();
                LOG.log(Level.INFO, "The query cache listens on {0} again", connections.url());
            } catch (SQLException e) {
                LOG.log(Level.DEBUG, "The query cache still cannot LISTEN; trying again in the next interval", e);
            }
            // Blind until now: whatever was committed meanwhile was never announced to this
            // instance, and foreign keys or triggers may have changed too.
            engine.flush(true);
            return true;
        }
        try {
            // The heartbeat: a round trip after which every notification committed before it is here.
            String version = schemaVersion(listening);
            takeIn(listening.unwrap(PGConnection.class).getNotifications());
            if (!version.equals(schemaVersion)) {
                schemaVersion = version;
                engine.flush(true);
            }
        } catch (SQLException e) {
            disconnected(e);
        }
        return true;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(WriteClosure.POSTGRESQL_SCHEMA_VERSION)) {
            row.next();
            return row.getString(1);
        }
    }

    private Connection listen() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(login);
        properties.setProperty("ApplicationName", "noormme-cache-listener");
        // A server that vanishes without closing the socket must not hang the watcher thread,
        // which also advances the expiry clock: the heartbeat fails instead, and the cache flushes.
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "10");
        Connection connection = DriverManager.getConnection(connections.url(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
            schemaVersion = schemaVersion(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private void disconnected(SQLException e) {
        LOG.log(Level.WARNING, "The query cache lost its LISTEN connection to " + connections.url()
                + "; it keeps nothing until it is back: " + e.getMessage(), e);
        closeQuietly();
        engine.invalidateAll();
    }

    private void takeIn(PGNotification[] received) {
        if (received == null) {
            return;
        }
        for (PGNotification notification : received) {
            String payload = notification.getParameter();
            int space = payload.indexOf(' ');
            if (space < 0 || payload.regionMatches(0, instance, 0, space) && space == instance.length()) {
                continue; // our own commit, bumped locally already (or not ours to read)
            }
            List<String> tables = List.of(payload.substring(space + 1).split(","));
            if (tables.contains(CacheEngine.ANY_TABLE)) {
                engine.invalidateAll();
            } else {
                engine.invalidated(tables);
            }
        }
    }

    @Override
    public boolean announces() {
        return true;
    }

    @Override
    public void announce(Handle handle, Set<String> tables) throws SQLException {
        String list = String.join(",", new ArrayList<>(tables));
        String payload = instance + " " + (list.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD ? CacheEngine.ANY_TABLE : list);
        PreparedStatement notify = handle.prepare(NOTIFY);
        notify.setString(1, CHANNEL);
        notify.setString(2, payload);
        try (ResultSet ignored = notify.executeQuery()) {
            // pg_notify returns void: the row says only that the notification was queued.
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        Connection connection = listening;
        listening = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.DEBUG, "Closing the LISTEN connection failed", e);
            }
        }
    }
}
