package dev.noormme.config;

/**
 * The SQL dialect of a database, decided by its URL. The generated code carries SQL for each
 * dialect and picks it from the open database, so one build runs on both.
 */
public enum Dialect {
    /** A {@code jdbc:sqlite:} URL (or the private temporary database of {@code Environment.TEST}). */
    SQLITE("jdbc:sqlite:"),
    /** A {@code jdbc:postgresql:} URL: PostgreSQL, or an engine that speaks its protocol. */
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    Dialect(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** The prefix of this dialect's JDBC URLs, {@code jdbc:sqlite:} or {@code jdbc:postgresql:}. */
    public String urlPrefix() {
        return urlPrefix;
    }

    /**
     * The dialect of {@code url}.
     *
     * @throws IllegalArgumentException when the URL is neither a SQLite nor a PostgreSQL one
     */
    public static Dialect of(String url) {
        for (Dialect dialect : values()) {
            if (url.startsWith(dialect.urlPrefix)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("url must start with jdbc:sqlite: (e.g. jdbc:sqlite:app.db) or"
                + " jdbc:postgresql: (e.g. jdbc:postgresql://localhost:5432/app); was '" + url + "'");
    }
}
