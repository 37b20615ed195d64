package dev.noormme.config;

import dev.noormme.cache.CacheInvalidation;
import dev.noormme.cache.CachePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a {@code Database} opens its SQLite file or PostgreSQL server: immutable, built once, safe
 * to share between threads. Settings of one database only (SQLite's journal mode, PostgreSQL's
 * isolation) are ignored on the other.
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
 * <tr><td>busyRetries</td><td>3</td><td>3</td><td>3</td></tr>
 * <tr><td>busyRetryBackoff</td><td>50 ms</td><td>50 ms</td><td>50 ms</td></tr>
 * <tr><td>circuitBreakerThreshold</td><td>5</td><td>5</td><td>5</td></tr>
 * <tr><td>circuitBreakerOpenDuration</td><td>30 s</td><td>30 s</td><td>30 s</td></tr>
 * <tr><td>isolation (PostgreSQL)</td><td>READ_COMMITTED</td><td>READ_COMMITTED</td><td>READ_COMMITTED</td></tr>
 * <tr><td>username, password (PostgreSQL)</td><td colspan="3">absent: as the url says</td></tr>
 * <tr><td>createSchema</td><td>true</td><td>false</td><td>true</td></tr>
 * <tr><td>cacheEnabled</td><td>true</td><td>true</td><td>true</td></tr>
 * <tr><td>cacheMaxEntries</td><td>10,000</td><td>10,000</td><td>10,000</td></tr>
 * <tr><td>cachePolicy</td><td>ADAPTIVE</td><td>ADAPTIVE</td><td>ADAPTIVE</td></tr>
 * <tr><td>cachePollInterval</td><td>1 s</td><td>1 s</td><td>1 s</td></tr>
 * <tr><td>cacheStaleIfError</td><td>off</td><td>off</td><td>off</td></tr>
 * <tr><td>cacheInvalidation</td><td>AUTO</td><td>AUTO</td><td>AUTO</td></tr>
 * <tr><td>monitoring</td><td>true</td><td>true</td><td>true</td></tr>
 * <tr><td>slowQueryThreshold</td><td>100 ms</td><td>50 ms</td><td>100 ms</td></tr>
 * <tr><td>alertInterval</td><td>1 min</td><td>1 min</td><td>1 min</td></tr>
 * <tr><td>migrateOnOpen</td><td>true</td><td>true</td><td>true</td></tr>
 * <tr><td>backupBeforeMigrate</td><td>false</td><td>true</td><td>false</td></tr>
 * <tr><td>backupsToKeep</td><td>5</td><td>5</td><td>5</td></tr>
 * <tr><td>baselineOnMigrate</td><td>false</td><td>false</td><td>false</td></tr>
 * <tr><td>baselineVersion</td><td colspan="3">{@code 1}</td></tr>
 * <tr><td>migrationLocations</td><td colspan="3">{@code classpath:db/migration}</td></tr>
 * <tr><td>optimizerSchedule</td><td>off</td><td>daily at 03:00</td><td>off</td></tr>
 * <tr><td>optimizerCheckInterval</td><td>5 min</td><td>5 min</td><td>5 min</td></tr>
 * <tr><td>optimizerWalLimitMb</td><td>64</td><td>64</td><td>64</td></tr>
 * <tr><td>optimizerFreePageRatio</td><td>0.25</td><td>0.25</td><td>0.25</td></tr>
 * <tr><td>optimizerAnalyzeAfterChanges</td><td>10,000</td><td>10,000</td><td>10,000</td></tr>
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

    /** The prefix of SQLite's urls; a PostgreSQL url starts with {@code jdbc:postgresql:} (see {@link Dialect}). */
    public static final String URL_PREFIX = "jdbc:sqlite:";

    private static final int MAX_READERS = 64;

    private final Environment environment;
    private final String url;
    private final JournalMode journalMode;
    private final Synchronous synchronous;
    private final Duration busyTimeout;
    private final int readerPoolSize;
    private final int busyRetries;
    private final Duration busyRetryBackoff;
    private final int circuitBreakerThreshold;
    private final Duration circuitBreakerOpenDuration;
    private final Isolation isolation;
    private final String username;
    private final String password;
    private final boolean createSchema;
    private final boolean cacheEnabled;
    private final long cacheMaxEntries;
    private final CachePolicy cachePolicy;
    private final Duration cachePollInterval;
    private final Duration cacheStaleIfError;
    private final CacheInvalidation cacheInvalidation;
    private final boolean monitoring;
    private final Duration slowQueryThreshold;
    private final Duration alertInterval;
    private final boolean migrateOnOpen;
    private final boolean backupBeforeMigrate;
    private final int backupsToKeep;
    private final boolean baselineOnMigrate;
    private final String baselineVersion;
    private final List<String> migrationLocations;
    private final OptimizerSchedule optimizerSchedule;
    private final Duration optimizerCheckInterval;
    private final int optimizerWalLimitMb;
    private final double optimizerFreePageRatio;
    private final long optimizerAnalyzeAfterChanges;

    private DatabaseConfig(Builder builder) {
        this.environment = builder.environment;
        this.url = builder.url;
        this.journalMode = builder.journalMode;
        this.synchronous = builder.synchronous;
        this.busyTimeout = builder.busyTimeout;
        this.readerPoolSize = builder.readerPoolSize;
        this.busyRetries = builder.busyRetries;
        this.busyRetryBackoff = builder.busyRetryBackoff;
        this.circuitBreakerThreshold = builder.circuitBreakerThreshold;
        this.circuitBreakerOpenDuration = builder.circuitBreakerOpenDuration;
        this.isolation = builder.isolation;
        this.username = builder.username;
        this.password = builder.password;
        this.createSchema = builder.createSchema;
        this.cacheEnabled = builder.cacheEnabled;
        this.cacheMaxEntries = builder.cacheMaxEntries;
        this.cachePolicy = builder.cachePolicy;
        this.cachePollInterval = builder.cachePollInterval;
        this.cacheStaleIfError = builder.cacheStaleIfError;
        this.cacheInvalidation = builder.cacheInvalidation;
        this.monitoring = builder.monitoring;
        this.slowQueryThreshold = builder.slowQueryThreshold;
        this.alertInterval = builder.alertInterval;
        this.migrateOnOpen = builder.migrateOnOpen;
        this.backupBeforeMigrate = builder.backupBeforeMigrate;
        this.backupsToKeep = builder.backupsToKeep;
        this.baselineOnMigrate = builder.baselineOnMigrate;
        this.baselineVersion = builder.baselineVersion;
        this.migrationLocations = builder.migrationLocations;
        this.optimizerSchedule = builder.optimizerSchedule;
        this.optimizerCheckInterval = builder.optimizerCheckInterval;
        this.optimizerWalLimitMb = builder.optimizerWalLimitMb;
        this.optimizerFreePageRatio = builder.optimizerFreePageRatio;
        this.optimizerAnalyzeAfterChanges = builder.optimizerAnalyzeAfterChanges;
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
     * {@code NOORMME_READER_POOL_SIZE}, {@code NOORMME_BUSY_RETRIES}, {@code NOORMME_BUSY_RETRY_BACKOFF}
     * (e.g. {@code 50ms}), {@code NOORMME_CIRCUIT_BREAKER_THRESHOLD},
     * {@code NOORMME_CIRCUIT_BREAKER_OPEN_DURATION} (e.g. {@code 30s}), PostgreSQL's {@code NOORMME_ISOLATION}
     * ({@code READ_COMMITTED}, {@code REPEATABLE_READ}, {@code SERIALIZABLE}), {@code NOORMME_USERNAME} and
     * {@code NOORMME_PASSWORD}, {@code NOORMME_CREATE_SCHEMA}, {@code NOORMME_MIGRATE_ON_OPEN},
     * {@code NOORMME_BACKUP_BEFORE_MIGRATE}, {@code NOORMME_BACKUPS_TO_KEEP},
     * {@code NOORMME_BASELINE_ON_MIGRATE}, {@code NOORMME_BASELINE_VERSION} and
     * {@code NOORMME_MIGRATION_LOCATIONS} (comma-separated) overrides its setting
     * when set and not blank; so do the query cache's {@code NOORMME_CACHE_ENABLED},
     * {@code NOORMME_CACHE_MAX_ENTRIES}, {@code NOORMME_CACHE_POLICY} ({@code ADAPTIVE}, {@code LRU},
     * {@code LFU}, {@code FIFO}), {@code NOORMME_CACHE_POLL_INTERVAL} (e.g. {@code 500ms}) and
     * {@code NOORMME_CACHE_STALE_IF_ERROR} (e.g. {@code 1h}; {@code 0s} is off), and the monitor's
     * {@code NOORMME_MONITORING}, {@code NOORMME_SLOW_QUERY_THRESHOLD} (e.g. {@code 20ms}) and
     * {@code NOORMME_ALERT_INTERVAL} (e.g. {@code 5m}), and the optimizer's
     * {@code NOORMME_OPTIMIZER_SCHEDULE} ({@link OptimizerSchedule#FORMS}),
     * {@code NOORMME_OPTIMIZER_CHECK_INTERVAL} (e.g. {@code 1m}), {@code NOORMME_OPTIMIZER_WAL_LIMIT_MB},
     * {@code NOORMME_OPTIMIZER_FREE_PAGE_RATIO} (e.g. {@code 0.3}) and
     * {@code NOORMME_OPTIMIZER_ANALYZE_AFTER_CHANGES}.
     * The only place NOORMME reads environment variables.
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
        int retries = read(variables, "NOORMME_BUSY_RETRIES", Integer::parseInt, builder.busyRetries);
        apply(() -> builder.busyRetries(retries), "NOORMME_BUSY_RETRIES", retries);
        Duration backoff = read(variables, "NOORMME_BUSY_RETRY_BACKOFF", Durations::parse, builder.busyRetryBackoff);
        apply(() -> builder.busyRetryBackoff(backoff), "NOORMME_BUSY_RETRY_BACKOFF", backoff);
        int breakerThreshold = read(variables, "NOORMME_CIRCUIT_BREAKER_THRESHOLD", Integer::parseInt,
                builder.circuitBreakerThreshold);
        apply(() -> builder.circuitBreakerThreshold(breakerThreshold), "NOORMME_CIRCUIT_BREAKER_THRESHOLD",
                breakerThreshold);
        Duration breakerOpen = read(variables, "NOORMME_CIRCUIT_BREAKER_OPEN_DURATION", Durations::parse,
                builder.circuitBreakerOpenDuration);
        apply(() -> builder.circuitBreakerOpenDuration(breakerOpen), "NOORMME_CIRCUIT_BREAKER_OPEN_DURATION",
                breakerOpen);
        builder.isolation(read(variables, "NOORMME_ISOLATION",
                value -> Isolation.valueOf(value.toUpperCase(Locale.ROOT)), builder.isolation));
        builder.username(read(variables, "NOORMME_USERNAME", value -> value, builder.username));
        builder.password(read(variables, "NOORMME_PASSWORD", value -> value, builder.password));
        builder.createSchema(read(variables, "NOORMME_CREATE_SCHEMA", DatabaseConfig::parseBoolean,
                builder.createSchema));
        builder.migrateOnOpen(read(variables, "NOORMME_MIGRATE_ON_OPEN", DatabaseConfig::parseBoolean,
                builder.migrateOnOpen));
        builder.backupBeforeMigrate(read(variables, "NOORMME_BACKUP_BEFORE_MIGRATE", DatabaseConfig::parseBoolean,
                builder.backupBeforeMigrate));
        int backups = read(variables, "NOORMME_BACKUPS_TO_KEEP", Integer::parseInt, builder.backupsToKeep);
        apply(() -> builder.backupsToKeep(backups), "NOORMME_BACKUPS_TO_KEEP", backups);
        builder.baselineOnMigrate(read(variables, "NOORMME_BASELINE_ON_MIGRATE", DatabaseConfig::parseBoolean,
                builder.baselineOnMigrate));
        String baseline = read(variables, "NOORMME_BASELINE_VERSION", value -> value, builder.baselineVersion);
        apply(() -> builder.baselineVersion(baseline), "NOORMME_BASELINE_VERSION", baseline);
        List<String> locations = read(variables, "NOORMME_MIGRATION_LOCATIONS",
                value -> List.of(value.split("\\s*,\\s*")), builder.migrationLocations);
        apply(() -> builder.migrationLocations(locations.toArray(String[]::new)), "NOORMME_MIGRATION_LOCATIONS",
                locations);
        builder.cacheEnabled(read(variables, "NOORMME_CACHE_ENABLED", DatabaseConfig::parseBoolean,
                builder.cacheEnabled));
        long maxEntries = read(variables, "NOORMME_CACHE_MAX_ENTRIES", Long::parseLong, builder.cacheMaxEntries);
        apply(() -> builder.cacheMaxEntries(maxEntries), "NOORMME_CACHE_MAX_ENTRIES", maxEntries);
        builder.cachePolicy(read(variables, "NOORMME_CACHE_POLICY",
                value -> CachePolicy.valueOf(value.toUpperCase(Locale.ROOT)), builder.cachePolicy));
        Duration poll = read(variables, "NOORMME_CACHE_POLL_INTERVAL", Durations::parse, builder.cachePollInterval);
        apply(() -> builder.cachePollInterval(poll), "NOORMME_CACHE_POLL_INTERVAL", poll);
        Duration staleIfError = read(variables, "NOORMME_CACHE_STALE_IF_ERROR", Durations::parse,
                builder.cacheStaleIfError);
        apply(() -> builder.cacheStaleIfError(staleIfError), "NOORMME_CACHE_STALE_IF_ERROR", staleIfError);
        builder.cacheInvalidation(read(variables, "NOORMME_CACHE_INVALIDATION",
                value -> CacheInvalidation.valueOf(value.toUpperCase(Locale.ROOT)), builder.cacheInvalidation));
        builder.monitoring(read(variables, "NOORMME_MONITORING", DatabaseConfig::parseBoolean, builder.monitoring));
        Duration slow = read(variables, "NOORMME_SLOW_QUERY_THRESHOLD", Durations::parse, builder.slowQueryThreshold);
        apply(() -> builder.slowQueryThreshold(slow), "NOORMME_SLOW_QUERY_THRESHOLD", slow);
        Duration alerts = read(variables, "NOORMME_ALERT_INTERVAL", Durations::parse, builder.alertInterval);
        apply(() -> builder.alertInterval(alerts), "NOORMME_ALERT_INTERVAL", alerts);
        builder.optimizerSchedule(read(variables, "NOORMME_OPTIMIZER_SCHEDULE", OptimizerSchedule::parse,
                builder.optimizerSchedule));
        Duration check = read(variables, "NOORMME_OPTIMIZER_CHECK_INTERVAL", Durations::parse,
                builder.optimizerCheckInterval);
        apply(() -> builder.optimizerCheckInterval(check), "NOORMME_OPTIMIZER_CHECK_INTERVAL", check);
        int walLimit = read(variables, "NOORMME_OPTIMIZER_WAL_LIMIT_MB", Integer::parseInt, builder.optimizerWalLimitMb);
        apply(() -> builder.optimizerWalLimitMb(walLimit), "NOORMME_OPTIMIZER_WAL_LIMIT_MB", walLimit);
        double freeRatio = read(variables, "NOORMME_OPTIMIZER_FREE_PAGE_RATIO", Double::parseDouble,
                builder.optimizerFreePageRatio);
        apply(() -> builder.optimizerFreePageRatio(freeRatio), "NOORMME_OPTIMIZER_FREE_PAGE_RATIO", freeRatio);
        long changes = read(variables, "NOORMME_OPTIMIZER_ANALYZE_AFTER_CHANGES", Long::parseLong,
                builder.optimizerAnalyzeAfterChanges);
        apply(() -> builder.optimizerAnalyzeAfterChanges(changes), "NOORMME_OPTIMIZER_ANALYZE_AFTER_CHANGES", changes);
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
            Object shown = value instanceof Duration duration ? Durations.format(duration) : value;
            throw new IllegalArgumentException(name + "='" + shown + "' cannot be used: " + e.getMessage(), e);
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
        builder.busyRetries = 3;
        builder.busyRetryBackoff = Duration.ofMillis(50);
        builder.circuitBreakerThreshold = 5;
        builder.circuitBreakerOpenDuration = Duration.ofSeconds(30);
        builder.isolation = Isolation.READ_COMMITTED;
        // SPEC section 4: production databases get their schema from migrations only.
        builder.createSchema = environment != Environment.PRODUCTION;
        builder.cacheEnabled = true;
        builder.cacheMaxEntries = 10_000;
        builder.cachePolicy = CachePolicy.ADAPTIVE;
        builder.cachePollInterval = Duration.ofSeconds(1);
        builder.cacheStaleIfError = Duration.ZERO;
        builder.cacheInvalidation = CacheInvalidation.AUTO;
        builder.monitoring = true;
        builder.slowQueryThreshold = Duration.ofMillis(environment == Environment.PRODUCTION ? 50 : 100);
        builder.alertInterval = Duration.ofMinutes(1);
        builder.migrateOnOpen = true;
        builder.backupBeforeMigrate = environment == Environment.PRODUCTION;
        builder.backupsToKeep = 5;
        builder.baselineOnMigrate = false;
        builder.baselineVersion = "1";
        builder.migrationLocations = List.of("classpath:db/migration");
        // SPEC section 4: a production database is maintained by itself; elsewhere nobody expects a thread.
        builder.optimizerSchedule = environment == Environment.PRODUCTION
                ? OptimizerSchedule.parse("daily") : OptimizerSchedule.off();
        builder.optimizerCheckInterval = Duration.ofMinutes(5);
        builder.optimizerWalLimitMb = 64;
        builder.optimizerFreePageRatio = 0.25;
        builder.optimizerAnalyzeAfterChanges = 10_000;
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
        builder.busyRetries = busyRetries;
        builder.busyRetryBackoff = busyRetryBackoff;
        builder.circuitBreakerThreshold = circuitBreakerThreshold;
        builder.circuitBreakerOpenDuration = circuitBreakerOpenDuration;
        builder.isolation = isolation;
        builder.username = username;
        builder.password = password;
        builder.createSchema = createSchema;
        builder.cacheEnabled = cacheEnabled;
        builder.cacheMaxEntries = cacheMaxEntries;
        builder.cachePolicy = cachePolicy;
        builder.cachePollInterval = cachePollInterval;
        builder.cacheStaleIfError = cacheStaleIfError;
        builder.cacheInvalidation = cacheInvalidation;
        builder.monitoring = monitoring;
        builder.slowQueryThreshold = slowQueryThreshold;
        builder.alertInterval = alertInterval;
        builder.migrateOnOpen = migrateOnOpen;
        builder.backupBeforeMigrate = backupBeforeMigrate;
        builder.backupsToKeep = backupsToKeep;
        builder.baselineOnMigrate = baselineOnMigrate;
        builder.baselineVersion = baselineVersion;
        builder.migrationLocations = migrationLocations;
        builder.optimizerSchedule = optimizerSchedule;
        builder.optimizerCheckInterval = optimizerCheckInterval;
        builder.optimizerWalLimitMb = optimizerWalLimitMb;
        builder.optimizerFreePageRatio = optimizerFreePageRatio;
        builder.optimizerAnalyzeAfterChanges = optimizerAnalyzeAfterChanges;
        return builder;
    }

    /** The environment whose defaults this configuration started from. */
    public Environment environment() {
        return environment;
    }

    /**
     * The {@code jdbc:sqlite:} or {@code jdbc:postgresql:} url; empty means a private temporary
     * SQLite database (see above).
     */
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

    /**
     * How many times a call is tried again after SQLite reported the database busy, that is,
     * after another process held its lock for longer than {@link #busyTimeout()}. Only calls that
     * did nothing yet are tried again: a read or a write outside a transaction, and a transaction
     * whose {@code BEGIN IMMEDIATE} failed; a transaction that already ran some of its work is
     * never run twice. 0 turns retrying off.
     */
    public int busyRetries() {
        return busyRetries;
    }

    /**
     * The pause before the first retry after a busy database; each further retry doubles it.
     * Each pause is jittered between half and all of its length, so that processes that met the
     * same lock do not retry in step.
     */
    public Duration busyRetryBackoff() {
        return busyRetryBackoff;
    }

    /**
     * How many I/O failures within {@link #circuitBreakerOpenDuration()} open the circuit breaker:
     * SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_CORRUPT, SQLITE_NOTADB and
     * SQLITE_READONLY count, a constraint violation or bad SQL never does. While open, every call
     * fails at once with a {@code CircuitOpenException}. 0 turns the breaker off.
     */
    public int circuitBreakerThreshold() {
        return circuitBreakerThreshold;
    }

    /**
     * How long the circuit breaker stays open before it lets one call through as a probe (whose
     * success closes it); also the window in which failures are counted towards opening it.
     */
    public Duration circuitBreakerOpenDuration() {
        return circuitBreakerOpenDuration;
    }

    /**
     * The isolation level of transactions on PostgreSQL; a snapshot read (a page and its count)
     * runs at REPEATABLE READ whatever this says. Ignored on SQLite, whose transactions are
     * serializable.
     */
    public Isolation isolation() {
        return isolation;
    }

    /** The PostgreSQL user, when not given in the url ({@code ?user=}); ignored on SQLite. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The PostgreSQL password, when not given in the url ({@code ?password=}); ignored on SQLite. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /**
     * True when opening creates the tables and indexes of the entities that do not exist yet.
     * Used only when the application has no migrations: with migrations, they make the schema.
     */
    public boolean createSchema() {
        return createSchema;
    }

    /** True when opening runs every pending migration (and fails to open when one fails). */
    public boolean migrateOnOpen() {
        return migrateOnOpen;
    }

    /**
     * True when a migration run keeps the online backup it writes before changing a database that
     * has data, next to the database file; when false, that backup is still written, used to
     * restore a failed run, and deleted afterwards.
     */
    public boolean backupBeforeMigrate() {
        return backupBeforeMigrate;
    }

    /** How many pre-migration backups of the database are kept; older ones are deleted. */
    public int backupsToKeep() {
        return backupsToKeep;
    }

    /**
     * True when migrating a database that has tables but no migration history first records it
     * at {@link #baselineVersion()} (Flyway's baseline), so that only the later migrations run
     * on it: how an existing database, made by {@code createSchema} or by another tool, is
     * adopted into migrations. When false, such a database fails to migrate with a message
     * naming this setting.
     */
    public boolean baselineOnMigrate() {
        return baselineOnMigrate;
    }

    /**
     * The version an adopted database is recorded at (see {@link #baselineOnMigrate()}): the
     * last migration whose result the existing tables already are; migrations up to it are
     * never run on that database.
     */
    public String baselineVersion() {
        return baselineVersion;
    }

    /**
     * Where Flyway finds SQL migrations ({@code V<version>__<description>.sql}): Flyway locations
     * such as {@code classpath:db/migration} or {@code filesystem:/opt/app/sql}.
     */
    public List<String> migrationLocations() {
        return migrationLocations;
    }

    /** True when {@code @Cached} reads and cached {@code executeQuery} calls use the query cache. */
    public boolean cacheEnabled() {
        return cacheEnabled;
    }

    /** The most entries the query cache holds; beyond it, {@link #cachePolicy()} chooses what to evict. */
    public long cacheMaxEntries() {
        return cacheMaxEntries;
    }

    /**
     * How the query cache learns of writes committed by other application instances on one
     * PostgreSQL database: {@code LISTEN/NOTIFY}, polling a versions table, or the first where
     * the server has it. SQLite ignores it.
     */
    public CacheInvalidation cacheInvalidation() {
        return cacheInvalidation;
    }

    /** How the query cache chooses what to evict when full. */
    public CachePolicy cachePolicy() {
        return cachePolicy;
    }

    /**
     * How often the query cache reads {@code PRAGMA data_version} to notice commits by other
     * connections and processes, flushing itself when one happened. On PostgreSQL: how often its
     * listener proves its connection alive (so a notification is acted on at most this long after
     * its commit), or, with {@link CacheInvalidation#POLL}, reads {@code noormme_cache_versions}.
     */
    public Duration cachePollInterval() {
        return cachePollInterval;
    }

    /**
     * How long after it was loaded a {@code @Cached} result (or a cached {@code executeQuery}
     * result) may still be served while the database fails: while the circuit breaker is open, or
     * when the query fails with an I/O-class error. {@link Duration#ZERO} (the default) is off.
     * A {@code @Cached(staleIfError = ...)} on a method or repository wins over it. Never served
     * inside a transaction that wrote one of the query's tables.
     */
    public Duration cacheStaleIfError() {
        return cacheStaleIfError;
    }

    /**
     * Whether queries are timed for {@code database.monitor()}. On by default: recording costs a
     * clock read and a lock-free histogram update per query (see BENCHMARKS.md).
     */
    public boolean monitoring() {
        return monitoring;
    }

    /**
     * How long a query may take before it counts as slow: it is then listed by
     * {@code monitor().slowQueries()} with its plan and raises an alert. {@code @SlowQueryThreshold}
     * on a repository or method overrides it.
     */
    public Duration slowQueryThreshold() {
        return slowQueryThreshold;
    }

    /** How long an alert about one subject (a query, the WAL) stays quiet after it was raised. */
    public Duration alertInterval() {
        return alertInterval;
    }

    /**
     * When {@code database.optimizer()} runs by itself (see {@link OptimizerSchedule}); off means
     * no thread and no threshold checks, only calls made by the application.
     */
    public OptimizerSchedule optimizerSchedule() {
        return optimizerSchedule;
    }

    /**
     * How often, while the schedule is not off, the optimizer looks at its thresholds (WAL size,
     * free pages, changes since the last analysis, rows past retention) and runs what is due.
     */
    public Duration optimizerCheckInterval() {
        return optimizerCheckInterval;
    }

    /**
     * The WAL size in MiB past which the optimizer checkpoints it (PASSIVE, never waiting for
     * readers); also the {@code journal_size_limit} the WAL file is truncated to after a checkpoint.
     */
    public int optimizerWalLimitMb() {
        return optimizerWalLimitMb;
    }

    /** The share of free pages in the file past which the optimizer returns them to the file system. */
    public double optimizerFreePageRatio() {
        return optimizerFreePageRatio;
    }

    /** How many rows written since the last analysis make the optimizer refresh the planner's statistics. */
    public long optimizerAnalyzeAfterChanges() {
        return optimizerAnalyzeAfterChanges;
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
                && busyRetries == that.busyRetries
                && busyRetryBackoff.equals(that.busyRetryBackoff)
                && circuitBreakerThreshold == that.circuitBreakerThreshold
                && circuitBreakerOpenDuration.equals(that.circuitBreakerOpenDuration)
                && isolation == that.isolation
                && Objects.equals(username, that.username)
                && Objects.equals(password, that.password)
                && createSchema == that.createSchema
                && cacheEnabled == that.cacheEnabled
                && cacheMaxEntries == that.cacheMaxEntries
                && cachePolicy == that.cachePolicy
                && cachePollInterval.equals(that.cachePollInterval)
                && cacheStaleIfError.equals(that.cacheStaleIfError)
                && cacheInvalidation == that.cacheInvalidation
                && monitoring == that.monitoring
                && slowQueryThreshold.equals(that.slowQueryThreshold)
                && alertInterval.equals(that.alertInterval)
                && migrateOnOpen == that.migrateOnOpen
                && backupBeforeMigrate == that.backupBeforeMigrate
                && backupsToKeep == that.backupsToKeep
                && baselineOnMigrate == that.baselineOnMigrate
                && baselineVersion.equals(that.baselineVersion)
                && migrationLocations.equals(that.migrationLocations)
                && optimizerSchedule.equals(that.optimizerSchedule)
                && optimizerCheckInterval.equals(that.optimizerCheckInterval)
                && optimizerWalLimitMb == that.optimizerWalLimitMb
                && Double.compare(optimizerFreePageRatio, that.optimizerFreePageRatio) == 0
                && optimizerAnalyzeAfterChanges == that.optimizerAnalyzeAfterChanges;
    }

    @Override
    public int hashCode() {
        return 31 * 31 * 31 * Objects.hash(busyRetries, busyRetryBackoff, circuitBreakerThreshold,
                circuitBreakerOpenDuration, isolation, username, password) + 31 * 31 * Objects.hash(optimizerSchedule, optimizerCheckInterval, optimizerWalLimitMb,
                optimizerFreePageRatio, optimizerAnalyzeAfterChanges) + 31 * Objects.hash(cacheEnabled, cacheMaxEntries, cachePolicy, cachePollInterval, cacheStaleIfError, cacheInvalidation, monitoring,
                slowQueryThreshold, alertInterval) + Objects.hash(environment, url, journalMode, synchronous, busyTimeout, readerPoolSize, createSchema,
                migrateOnOpen, backupBeforeMigrate, backupsToKeep, baselineOnMigrate, baselineVersion, migrationLocations);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[environment=" + environment
                + ", url=" + (url == null ? "<private temporary database>"
                        : url.replaceAll("(?i)([?&]password=)[^&]*", "$1<hidden>"))
                + ", journalMode=" + journalMode + ", synchronous=" + synchronous
                + ", busyTimeout=" + busyTimeout + ", readerPoolSize=" + readerPoolSize
                + ", busyRetries=" + busyRetries + ", busyRetryBackoff=" + busyRetryBackoff
                + ", circuitBreakerThreshold=" + circuitBreakerThreshold
                + ", circuitBreakerOpenDuration=" + circuitBreakerOpenDuration
                + ", isolation=" + isolation + ", username=" + username
                + ", password=" + (password == null ? null : "<hidden>")
                + ", createSchema=" + createSchema + ", cacheEnabled=" + cacheEnabled
                + ", cacheMaxEntries=" + cacheMaxEntries + ", cachePolicy=" + cachePolicy
                + ", cachePollInterval=" + cachePollInterval + ", cacheStaleIfError=" + cacheStaleIfError + ", cacheInvalidation=" + cacheInvalidation
                + ", monitoring=" + monitoring
                + ", slowQueryThreshold=" + slowQueryThreshold + ", alertInterval=" + alertInterval
                + ", migrateOnOpen=" + migrateOnOpen
                + ", backupBeforeMigrate=" + backupBeforeMigrate + ", backupsToKeep=" + backupsToKeep
                + ", baselineOnMigrate=" + baselineOnMigrate + ", baselineVersion=" + baselineVersion
                + ", migrationLocations=" + migrationLocations + ", optimizerSchedule=" + optimizerSchedule
                + ", optimizerCheckInterval=" + optimizerCheckInterval + ", optimizerWalLimitMb=" + optimizerWalLimitMb
                + ", optimizerFreePageRatio=" + optimizerFreePageRatio
                + ", optimizerAnalyzeAfterChanges=" + optimizerAnalyzeAfterChanges + "]";
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
        private int busyRetries;
        private Duration busyRetryBackoff;
        private int circuitBreakerThreshold;
        private Duration circuitBreakerOpenDuration;
        private Isolation isolation;
        private String username;
        private String password;
        private boolean createSchema;
        private boolean cacheEnabled;
        private long cacheMaxEntries;
        private CachePolicy cachePolicy;
        private Duration cachePollInterval;
        private Duration cacheStaleIfError;
        private CacheInvalidation cacheInvalidation;
        private boolean monitoring;
        private Duration slowQueryThreshold;
        private Duration alertInterval;
        private boolean migrateOnOpen;
        private boolean backupBeforeMigrate;
        private int backupsToKeep;
        private boolean baselineOnMigrate;
        private String baselineVersion;
        private List<String> migrationLocations;
        private OptimizerSchedule optimizerSchedule;
        private Duration optimizerCheckInterval;
        private int optimizerWalLimitMb;
        private double optimizerFreePageRatio;
        private long optimizerAnalyzeAfterChanges;

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

        /**
         * A {@code jdbc:sqlite:} url, a {@code jdbc:postgresql:} url, or null for a private
         * temporary SQLite database.
         */
        public Builder url(String url) {
            if (url != null) {
                Dialect.of(url);
            }
            this.url = url;
            return this;
        }

        /** The isolation level of transactions on PostgreSQL; ignored on SQLite. */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation, "isolation");
            return this;
        }

        /** The PostgreSQL user, or null to take it from the url; ignored on SQLite. */
        public Builder username(String username) {
            this.username = username;
            return this;
        }

        /** The PostgreSQL password, or null to take it from the url; ignored on SQLite. */
        public Builder password(String password) {
            this.password = password;
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

        /** How many times a call that met a busy database is tried again, from 0 (off) to 20. */
        public Builder busyRetries(int busyRetries) {
            if (busyRetries < 0 || busyRetries > 20) {
                throw new IllegalArgumentException("busyRetries must be between 0 and 20, was " + busyRetries);
            }
            this.busyRetries = busyRetries;
            return this;
        }

        /** The pause before the first retry after a busy database (doubling for each further one), from 1 ms to 1 min. */
        public Builder busyRetryBackoff(Duration busyRetryBackoff) {
            this.busyRetryBackoff = between(busyRetryBackoff, "busyRetryBackoff", Duration.ofMillis(1),
                    Duration.ofMinutes(1));
            return this;
        }

        /** How many I/O failures within the open duration open the circuit breaker, from 0 (off) to 1000. */
        public Builder circuitBreakerThreshold(int circuitBreakerThreshold) {
            if (circuitBreakerThreshold < 0 || circuitBreakerThreshold > 1000) {
                throw new IllegalArgumentException("circuitBreakerThreshold must be between 0 and 1000, was "
                        + circuitBreakerThreshold);
            }
            this.circuitBreakerThreshold = circuitBreakerThreshold;
            return this;
        }

        /** How long the circuit breaker stays open before its probe, from 1 ms to 1 hour. */
        public Builder circuitBreakerOpenDuration(Duration circuitBreakerOpenDuration) {
            this.circuitBreakerOpenDuration = between(circuitBreakerOpenDuration, "circuitBreakerOpenDuration",
                    Duration.ofMillis(1), Duration.ofHours(1));
            return this;
        }

        /** Whether opening creates the entities' missing tables and indexes. */
        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        /** Whether opening runs every pending migration. */
        public Builder migrateOnOpen(boolean migrateOnOpen) {
            this.migrateOnOpen = migrateOnOpen;
            return this;
        }

        /** Whether the backup written before a migration run is kept next to the database. */
        public Builder backupBeforeMigrate(boolean backupBeforeMigrate) {
            this.backupBeforeMigrate = backupBeforeMigrate;
            return this;
        }

        /** How many pre-migration backups to keep, at least 1. */
        public Builder backupsToKeep(int backupsToKeep) {
            if (backupsToKeep < 1) {
                throw new IllegalArgumentException("backupsToKeep must be at least 1, was " + backupsToKeep);
            }
            this.backupsToKeep = backupsToKeep;
            return this;
        }

        /** Whether migrating a database with tables but no migration history first records it at the baseline version. */
        public Builder baselineOnMigrate(boolean baselineOnMigrate) {
            this.baselineOnMigrate = baselineOnMigrate;
            return this;
        }

        /** The version an adopted database is recorded at: digits separated by dots, e.g. {@code 1} or {@code 2.1}. */
        public Builder baselineVersion(String baselineVersion) {
            Objects.requireNonNull(baselineVersion, "baselineVersion");
            if (!baselineVersion.matches("\\d+(\\.\\d+)*")) {
                throw new IllegalArgumentException("baselineVersion is a migration version such as 1 or 2.1, was '"
                        + baselineVersion + "'");
            }
            this.baselineVersion = baselineVersion;
            return this;
        }

        /**
         * Flyway locations of SQL migrations, each starting with {@code classpath:} or
         * {@code filesystem:}; none means Java migrations only.
         */
        public Builder migrationLocations(String... migrationLocations) {
            List<String> locations = List.of(migrationLocations);
            for (String location : locations) {
                if (!location.startsWith("classpath:") && !location.startsWith("filesystem:")) {
                    throw new IllegalArgumentException("A migration location starts with classpath: or filesystem:, "
                            + "e.g. classpath:db/migration; was '" + location + "'");
                }
            }
            this.migrationLocations = locations;
            return this;
        }

        /** Whether {@code @Cached} reads and cached {@code executeQuery} calls use the query cache. */
        public Builder cacheEnabled(boolean cacheEnabled) {
            this.cacheEnabled = cacheEnabled;
            return this;
        }

        /** The most entries the query cache holds, at least 1. */
        public Builder cacheMaxEntries(long cacheMaxEntries) {
            if (cacheMaxEntries < 1) {
                throw new IllegalArgumentException("cacheMaxEntries must be at least 1, was " + cacheMaxEntries);
            }
            this.cacheMaxEntries = cacheMaxEntries;
            return this;
        }

        /** How the query cache learns of other instances' writes on PostgreSQL (see {@link DatabaseConfig#cacheInvalidation()}). */
        public Builder cacheInvalidation(CacheInvalidation cacheInvalidation) {
            this.cacheInvalidation = Objects.requireNonNull(cacheInvalidation, "cacheInvalidation");
            return this;
        }

        /** How the query cache chooses what to evict when full. */
        public Builder cachePolicy(CachePolicy cachePolicy) {
            this.cachePolicy = Objects.requireNonNull(cachePolicy, "cachePolicy");
            return this;
        }

        /** How often other connections' commits are looked for, from 10 ms to 1 hour. */
        public Builder cachePollInterval(Duration cachePollInterval) {
            Objects.requireNonNull(cachePollInterval, "cachePollInterval");
            if (cachePollInterval.compareTo(Duration.ofMillis(10)) < 0 || cachePollInterval.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("cachePollInterval must be between 10 ms and 1 hour, was "
                        + cachePollInterval);
            }
            this.cachePollInterval = cachePollInterval;
            return this;
        }

        /**
         * How long after it was loaded a cached result may be served while the database fails;
         * {@link Duration#ZERO} turns stale-if-error off.
         */
        public Builder cacheStaleIfError(Duration cacheStaleIfError) {
            Objects.requireNonNull(cacheStaleIfError, "cacheStaleIfError");
            if (cacheStaleIfError.isNegative()) {
                throw new IllegalArgumentException("cacheStaleIfError must not be negative, was " + cacheStaleIfError);
            }
            this.cacheStaleIfError = cacheStaleIfError;
            return this;
        }

        /** Whether queries are timed for {@code database.monitor()}. */
        public Builder monitoring(boolean monitoring) {
            this.monitoring = monitoring;
            return this;
        }

        /** The default slow-query threshold, from 1 ms to 1 hour. */
        public Builder slowQueryThreshold(Duration slowQueryThreshold) {
            this.slowQueryThreshold = between(slowQueryThreshold, "slowQueryThreshold", Duration.ofMillis(1),
                    Duration.ofHours(1));
            return this;
        }

        /** How long an alert about one subject stays quiet after it was raised, from 1 s to 1 day. */
        public Builder alertInterval(Duration alertInterval) {
            this.alertInterval = between(alertInterval, "alertInterval", Duration.ofSeconds(1), Duration.ofDays(1));
            return this;
        }

        /** When the optimizer runs by itself (see {@link OptimizerSchedule}). */
        public Builder optimizerSchedule(OptimizerSchedule optimizerSchedule) {
            this.optimizerSchedule = Objects.requireNonNull(optimizerSchedule, "optimizerSchedule");
            return this;
        }

        /**
         * When the optimizer runs by itself, as text: {@value OptimizerSchedule#FORMS}.
         *
         * @throws IllegalArgumentException naming this setting and the forms when {@code text} is none of them
         */
        public Builder optimizerSchedule(String optimizerSchedule) {
            Objects.requireNonNull(optimizerSchedule, "optimizerSchedule");
            try {
                return optimizerSchedule(OptimizerSchedule.parse(optimizerSchedule));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("optimizerSchedule: " + e.getMessage(), e);
            }
        }

        /** How often the optimizer's thresholds are checked, from 1 s to 1 day. */
        public Builder optimizerCheckInterval(Duration optimizerCheckInterval) {
            this.optimizerCheckInterval = between(optimizerCheckInterval, "optimizerCheckInterval",
                    Duration.ofSeconds(1), Duration.ofDays(1));
            return this;
        }

        /** The WAL size in MiB that triggers a checkpoint, from 1 to 65,536. */
        public Builder optimizerWalLimitMb(int optimizerWalLimitMb) {
            if (optimizerWalLimitMb < 1 || optimizerWalLimitMb > 65_536) {
                throw new IllegalArgumentException("optimizerWalLimitMb must be between 1 and 65536, was "
                        + optimizerWalLimitMb);
            }
            this.optimizerWalLimitMb = optimizerWalLimitMb;
            return this;
        }

        /** The free-page share that triggers returning pages to the file system, above 0 and at most 1. */
        public Builder optimizerFreePageRatio(double optimizerFreePageRatio) {
            if (!(optimizerFreePageRatio > 0 && optimizerFreePageRatio <= 1)) {
                throw new IllegalArgumentException("optimizerFreePageRatio must be above 0 and at most 1, was "
                        + optimizerFreePageRatio);
            }
            this.optimizerFreePageRatio = optimizerFreePageRatio;
            return this;
        }

        /** How many rows written since the last analysis trigger one, at least 1. */
        public Builder optimizerAnalyzeAfterChanges(long optimizerAnalyzeAfterChanges) {
            if (optimizerAnalyzeAfterChanges < 1) {
                throw new IllegalArgumentException("optimizerAnalyzeAfterChanges must be at least 1, was "
                        + optimizerAnalyzeAfterChanges);
            }
            this.optimizerAnalyzeAfterChanges = optimizerAnalyzeAfterChanges;
            return this;
        }

        private static Duration between(Duration value, String name, Duration least, Duration most) {
            Objects.requireNonNull(value, name);
            if (value.compareTo(least) < 0 || value.compareTo(most) > 0) {
                throw new IllegalArgumentException(name + " must be between " + Durations.format(least) + " and "
                        + Durations.format(most) + ", was " + Durations.format(value));
            }
            return value;
        }

        /** The configuration; the builder may be used again afterwards. */
        public DatabaseConfig build() {
            return new DatabaseConfig(this);
        }
    }
}
