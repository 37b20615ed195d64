package dev.noormme.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a {@code Database} opens its SQLite file: immutable, built once, safe to share between
 * threads.
 *
 * <pre>{@code
 * DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.PRODUCTION)
 *         .toBuilder().url("jdbc:sqlite:/var/lib/app/app.db").build();
 * }</pre>
 *
 * <p>Defaults per environment (SPEC section 4):
 * <table>
 * <caption>defaults</caption>
 * <tr><th>setting</th><th>DEVELOPMENT</th><th>PRODUCTION</th><th>TEST</th></tr>
 * <tr><td>url</td><td>{@code jdbc:sqlite:noormme-dev.db}</td><td>{@code jdbc:sqlite:noormme.db}</td>
 *     <td>absent: a private temporary database</td></tr>
 * <tr><td>journalMode</td><td>WAL</td><td>WAL</td><td>WAL</td></tr>
 * <tr><td>synchronous</td><td>NORMAL</td><td>NORMAL</td><td>OFF</td></tr>
 * <tr><td>busyTimeout</td><td>5 s</td><td>5 s</td><td>5 s</td></tr>
 * <tr><td>readerPoolSize</td><td>4</td><td>4</td><td>4</td></tr>
 * <tr><td>createSchema</td><td>true</td><td>true</td><td>true</td></tr>
 * </table>
 *
 * <p>An absent {@link #url()} means a <em>private temporary database</em>: a file created under
 * {@code java.io.tmpdir} when the database opens and deleted, with its {@code -wal} and
 * {@code -shm} files, when it closes. A temporary file rather than a shared-cache in-memory
 * database, because shared-cache connections take table locks: a reader gets
 * {@code SQLITE_LOCKED} (which {@code busy_timeout} does not retry) while the writer writes, so
 * concurrent readers would fail. A temporary file in WAL mode gives real reader/writer
 * concurrency, exactly like the file databases of the other environments.
 */
public final class DatabaseConfig {

    /** The JDBC url prefix every url must start with. */
    public static final String URL_PREFIX = "jdbc:sqlite:";

    private static final int MAX_READERS = 64;

    private final Environment environment;
    private final String url;
    private final JournalMode journalMode;
    private final Synchronous synchronous;
    private final Duration busyTimeout;
    private final int readerPoolSize;
    private final boolean createSchema;

    private DatabaseConfig(Builder builder) {
        this.environment = builder.environment;
        this.url = builder.url;
        this.journalMode = builder.journalMode;
        this.synchronous = builder.synchronous;
        this.busyTimeout = builder.busyTimeout;
        this.readerPoolSize = builder.readerPoolSize;
        this.createSchema = builder.createSchema;
    }

    /** The defaults of one environment (see the table above). */
    public static DatabaseConfig forEnvironment(Environment environment) {
        return defaultsFor(environment).build();
    }

    /** A builder holding the {@link Environment#DEVELOPMENT} defaults. */
    public static Builder builder() {
        return defaultsFor(Environment.DEVELOPMENT);
    }

    /**
     * The configuration described by the process environment: {@code NOORMME_ENV}
     * ({@code DEVELOPMENT}, {@code PRODUCTION} or {@code TEST}, any case; default DEVELOPMENT)
     * chooses the defaults, then each of {@code NOORMME_URL}, {@code NOORMME_JOURNAL_MODE},
     * {@code NOORMME_SYNCHRONOUS}, {@code NOORMME_BUSY_TIMEOUT} (e.g. {@code 5s}),
     * {@code NOORMME_READER_POOL_SIZE} and {@code NOORMME_CREATE_SCHEMA} overrides its setting
     * when set and not blank. The only place NOORMME reads environment variables.
     *
     * @throws IllegalArgumentException naming the variable when a value cannot be used
     */
    public static DatabaseConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static DatabaseConfig fromEnvironment(Map<String, String> variables) {
        Environment environment = read(variables, "NOORMME_ENV",
                value -> Environment.valueOf(value.toUpperCase(Locale.ROOT)), Environment.DEVELOPMENT);
        Builder builder = defaultsFor(environment);
        String url = variables.get("NOORMME_URL");
        if (url != null && !url.isBlank()) {
            apply(() -> builder.url(url.trim()), "NOORMME_URL", url);
        }
        builder.journalMode(read(variables, "NOORMME_JOURNAL_MODE",
                value -> JournalMode.valueOf(value.toUpperCase(Locale.ROOT)), builder.journalMode));
        builder.synchronous(read(variables, "NOORMME_SYNCHRONOUS",
                value -> Synchronous.valueOf(value.toUpperCase(Locale.ROOT)), builder.synchronous));
        Duration timeout = read(variables, "NOORMME_BUSY_TIMEOUT", Durations::parse, builder.busyTimeout);
        apply(() -> builder.busyTimeout(timeout), "NOORMME_BUSY_TIMEOUT", timeout);
        int readers = read(variables, "NOORMME_READER_POOL_SIZE", Integer::parseInt, builder.readerPoolSize);
        apply(() -> builder.readerPoolSize(readers), "NOORMME_READER_POOL_SIZE", readers);
        builder.createSchema(read(variables, "NOORMME_CREATE_SCHEMA", DatabaseConfig::parseBoolean,
                builder.createSchema));
        return builder.build();
    }

    private static <V> V read(Map<String, String> variables, String name, Function<String, V> parse, V fallback) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + "='" + value + "' cannot be used: " + e.getMessage(), e);
        }
    }

    private static void apply(Runnable setter, String name, Object value) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + "='" + value + "' cannot be used: " + e.getMessage(), e);
        }
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    private static Builder defaultsFor(Environment environment) {
        Objects.requireNonNull(environment, "environment");
        Builder builder = new Builder();
        builder.environment = environment;
        builder.journalMode = JournalMode.WAL;
        builder.busyTimeout = Duration.ofSeconds(5);
        builder.readerPoolSize = 4;
        builder.createSchema = true;
        switch (environment) {
            case DEVELOPMENT -> {
                builder.url = "jdbc:sqlite:noormme-dev.db";
                builder.synchronous = Synchronous.NORMAL;
            }
            case PRODUCTION -> {
                builder.url = "jdbc:sqlite:noormme.db";
                builder.synchronous = Synchronous.NORMAL;
            }
            case TEST -> {
                builder.url = null;
                builder.synchronous = Synchronous.OFF;
            }
        }
        return builder;
    }

    /** A builder holding this configuration's settings, to override some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.environment = environment;
        builder.url = url;
        builder.journalMode = journalMode;
        builder.synchronous = synchronous;
        builder.busyTimeout = busyTimeout;
        builder.readerPoolSize = readerPoolSize;
        builder.createSchema = createSchema;
        return builder;
    }

    /** The environment whose defaults this configuration started from. */
    public Environment environment() {
        return environment;
    }

    /** The {@code jdbc:sqlite:} url; empty means a private temporary database (see above). */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    /** The journal mode set on the writer connection when the database opens. */
    public JournalMode journalMode() {
        return journalMode;
    }

    /** {@code PRAGMA synchronous} for every connection. */
    public Synchronous synchronous() {
        return synchronous;
    }

    /** How long a connection waits for a lock held by another process before failing. */
    public Duration busyTimeout() {
        return busyTimeout;
    }

    /**
     * The number of reader connections; 0 makes reads share the writer connection, as they
     * always do for an in-memory url (where each connection would see a database of its own).
     */
    public int readerPoolSize() {
        return readerPoolSize;
    }

    /** True when opening creates the tables and indexes of the entities that do not exist yet. */
    public boolean createSchema() {
        return createSchema;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseConfig that
                && environment == that.environment
                && Objects.equals(url, that.url)
                && journalMode == that.journalMode
                && synchronous == that.synchronous
                && busyTimeout.equals(that.busyTimeout)
                && readerPoolSize == that.readerPoolSize
                && createSchema == that.createSchema;
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, url, journalMode, synchronous, busyTimeout, readerPoolSize, createSchema);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[environment=" + environment
                + ", url=" + (url == null ? "<private temporary database>" : url)
                + ", journalMode=" + journalMode + ", synchronous=" + synchronous
                + ", busyTimeout=" + busyTimeout + ", readerPoolSize=" + readerPoolSize
                + ", createSchema=" + createSchema + "]";
    }

    /**
     * Collects settings for a {@link DatabaseConfig}; one method per setting, named after it.
     * Each setter checks its value at once and throws {@link IllegalArgumentException} with the
     * reason. Not thread-safe: use one builder on one thread.
     */
    public static final class Builder {
        private Environment environment;
        private String url;
        private JournalMode journalMode;
        private Synchronous synchronous;
        private Duration busyTimeout;
        private int readerPoolSize;
        private boolean createSchema;

        private Builder() {
        }

        /**
         * Records the environment. Only the label changes: the other settings keep their
         * values; start from {@link DatabaseConfig#forEnvironment} for that environment's defaults.
         */
        public Builder environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** A {@code jdbc:sqlite:} url, or null for a private temporary database. */
        public Builder url(String url) {
            if (url != null && !url.startsWith(URL_PREFIX)) {
                throw new IllegalArgumentException(
                        "url must start with " + URL_PREFIX + ", e.g. jdbc:sqlite:app.db; was '" + url + "'");
            }
            this.url = url;
            return this;
        }

        /** The journal mode; WAL lets the readers read while the writer writes. */
        public Builder journalMode(JournalMode journalMode) {
            this.journalMode = Objects.requireNonNull(journalMode, "journalMode");
            return this;
        }

        /** {@code PRAGMA synchronous} for every connection. */
        public Builder synchronous(Synchronous synchronous) {
            this.synchronous = Objects.requireNonNull(synchronous, "synchronous");
            return this;
        }

        /**
         * How long a connection waits for another process's lock, from 0 to
         * {@link Integer#MAX_VALUE} milliseconds (SQLite's {@code busy_timeout}).
         */
        public Builder busyTimeout(Duration busyTimeout) {
            Objects.requireNonNull(busyTimeout, "busyTimeout");
            if (busyTimeout.isNegative() || busyTimeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException("busyTimeout must be between 0 and "
                        + Integer.MAX_VALUE + " ms, was " + busyTimeout);
            }
            this.busyTimeout = busyTimeout;
            return this;
        }

        /** The number of reader connections, from 0 (reads use the writer connection) to 64. */
        public Builder readerPoolSize(int readerPoolSize) {
            if (readerPoolSize < 0 || readerPoolSize > MAX_READERS) {
                throw new IllegalArgumentException(
                        "readerPoolSize must be between 0 and " + MAX_READERS + ", was " + readerPoolSize);
            }
            this.readerPoolSize = readerPoolSize;
            return this;
        }

        /** Whether opening creates the entities' missing tables and indexes. */
        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        /** The configuration; the builder may be used again afterwards. */
        public DatabaseConfig build() {
            return new DatabaseConfig(this);
        }
    }
}
