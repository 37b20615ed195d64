package dev.noormme.spring;

import dev.noormme.cache.CachePolicy;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.config.Isolation;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code noormme.*} properties. Each one left unset keeps the default of
 * {@code noormme.environment}, as {@link DatabaseConfig#forEnvironment} gives it; each one set
 * replaces that default through {@link DatabaseConfig#toBuilder()}.
 *
 * <p>Bound once at start-up by Spring Boot; not meant to be changed afterwards.
 */
@ConfigurationProperties(prefix = "noormme")
public class NoormmeProperties {

    /** Environment whose defaults apply to every setting left unset: DEVELOPMENT, PRODUCTION or TEST. */
    private Environment environment = Environment.DEVELOPMENT;

    /**
     * JDBC url of the database: jdbc:sqlite:<file> or jdbc:postgresql://host/db. Unset: the
     * environment's default (TEST: a private database removed at shutdown).
     */
    private String url;

    /** User name for PostgreSQL. */
    private String username;

    /** Password for PostgreSQL. */
    private String password;

    /** Isolation of every transaction on PostgreSQL: READ_COMMITTED, REPEATABLE_READ or SERIALIZABLE. */
    private Isolation isolation;

    /** Number of reader connections beside the SQLite writer, or the PostgreSQL pool size. */
    private Integer readerPoolSize;

    /** How long a call waits for a connection or a lock held by another process. */
    private Duration busyTimeout;

    /** Whether to create the tables of every entity when the database has no migrations. */
    private Boolean createSchema;

    /** Whether to run pending migrations when the database opens. */
    private Boolean migrateOnOpen;

    /** Whether to back the SQLite file up before migrations run. */
    private Boolean backupBeforeMigrate;

    /** Where SQL migration files are, e.g. classpath:db/migration. */
    private List<String> migrationLocations;

    /**
     * Fully qualified name of the generated ServiceFactory to use, needed only when several
     * compilations on the classpath generated one.
     */
    private String serviceFactory;

    private final Cache cache = new Cache();

    private final Monitor monitor = new Monitor();

    private final Optimizer optimizer = new Optimizer();

    /** The environment's defaults, with every property that was set put over them. */
    public DatabaseConfig toConfig() {
        DatabaseConfig.Builder builder = DatabaseConfig.forEnvironment(environment).toBuilder();
        set(url, builder::url);
        set(username, builder::username);
        set(password, builder::password);
        set(isolation, builder::isolation);
        set(readerPoolSize, builder::readerPoolSize);
        set(busyTimeout, builder::busyTimeout);
        set(createSchema, builder::createSchema);
        set(migrateOnOpen, builder::migrateOnOpen);
        set(backupBeforeMigrate, builder::backupBeforeMigrate);
        set(migrationLocations, locations -> builder.migrationLocations(locations.toArray(String[]::new)));
        set(cache.enabled, builder::cacheEnabled);
        set(cache.maxEntries, builder::cacheMaxEntries);
        set(cache.policy, builder::cachePolicy);
        set(cache.pollInterval, builder::cachePollInterval);
        set(cache.staleIfError, builder::cacheStaleIfError);
        set(monitor.enabled, builder::monitoring);
        set(monitor.slowQueryThreshold, builder::slowQueryThreshold);
        set(monitor.alertInterval, builder::alertInterval);
        set(optimizer.schedule, builder::optimizerSchedule);
        return builder.build();
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    public Environment getEnvironment() {
        return environment;
    }

    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Isolation getIsolation() {
        return isolation;
    }

    public void setIsolation(Isolation isolation) {
        this.isolation = isolation;
    }

    public Integer getReaderPoolSize() {
        return readerPoolSize;
    }

    public void setReaderPoolSize(Integer readerPoolSize) {
        this.readerPoolSize = readerPoolSize;
    }

    public Duration getBusyTimeout() {
        return busyTimeout;
    }

    public void setBusyTimeout(Duration busyTimeout) {
        this.busyTimeout = busyTimeout;
    }

    public Boolean getCreateSchema() {
        return createSchema;
    }

    public void setCreateSchema(Boolean createSchema) {
        this.createSchema = createSchema;
    }

    public Boolean getMigrateOnOpen() {
        return migrateOnOpen;
    }

    public void setMigrateOnOpen(Boolean migrateOnOpen) {
        this.migrateOnOpen = migrateOnOpen;
    }

    public Boolean getBackupBeforeMigrate() {
        return backupBeforeMigrate;
    }

    public void setBackupBeforeMigrate(Boolean backupBeforeMigrate) {
        this.backupBeforeMigrate = backupBeforeMigrate;
    }

    public List<String> getMigrationLocations() {
        return migrationLocations;
    }

    public void setMigrationLocations(List<String> migrationLocations) {
        this.migrationLocations = migrationLocations;
    }

    public String getServiceFactory() {
        return serviceFactory;
    }

    public void setServiceFactory(String serviceFactory) {
        this.serviceFactory = serviceFactory;
    }

    public Cache getCache() {
        return cache;
    }

    public Monitor getMonitor() {
        return monitor;
    }

    public Optimizer getOptimizer() {
        return optimizer;
    }

    /** The {@code noormme.cache.*} properties. */
    public static class Cache {

        /** Whether the query cache is on. */
        private Boolean enabled;

        /** Most results the query cache keeps. */
        private Long maxEntries;

        /** Eviction policy of the query cache: ADAPTIVE, LRU, LFU or FIFO. */
        private CachePolicy policy;

        /** How often writes made by other connections or processes are looked for. */
        private Duration pollInterval;

        /** How long a stale result may be served while the database fails; 0 turns it off. */
        private Duration staleIfError;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public Long getMaxEntries() {
            return maxEntries;
        }

        public void setMaxEntries(Long maxEntries) {
            this.maxEntries = maxEntries;
        }

        public CachePolicy getPolicy() {
            return policy;
        }

        public void setPolicy(CachePolicy policy) {
            this.policy = policy;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getStaleIfError() {
            return staleIfError;
        }

        public void setStaleIfError(Duration staleIfError) {
            this.staleIfError = staleIfError;
        }
    }

    /** The {@code noormme.monitor.*} properties. */
    public static class Monitor {

        /** Whether queries are timed and the monitor thread runs. */
        private Boolean enabled;

        /** A query slower than this is reported as slow. */
        private Duration slowQueryThreshold;

        /** Least time between two alerts of the same kind and subject. */
        private Duration alertInterval;

        public Boolean getEnabled() {
            return enabled;
        }

        public void setEnabled(Boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getSlowQueryThreshold() {
            return slowQueryThreshold;
        }

        public void setSlowQueryThreshold(Duration slowQueryThreshold) {
            this.slowQueryThreshold = slowQueryThreshold;
        }

        public Duration getAlertInterval() {
            return alertInterval;
        }

        public void setAlertInterval(Duration alertInterval) {
            this.alertInterval = alertInterval;
        }
    }

    /** The {@code noormme.optimizer.*} properties. */
    public static class Optimizer {

        /** When the optimizer runs by itself: off, daily, daily at HH:MM, or every <n>ms|s|m|h|d. */
        private String schedule;

        public String getSchedule() {
            return schedule;
        }

        public void setSchedule(String schedule) {
            this.schedule = schedule;
        }
    }
}
