package dev.noormme;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Turns a failure to open a database into a message that gives the file's path. Stateless. */
final class OpenErrors {

    private static final int SQLITE_NOTADB = 26;

    private OpenErrors() {
    }

    static NoormmeException translate(SQLException e, String url) {
        String file = describe(url);
        String message = String.valueOf(e.getMessage());
        if ((e.getErrorCode() & 0xff) == SQLITE_NOTADB || message.contains("SQLITE_NOTADB")) {
            return new NoormmeException(file + " is not a SQLite database (SQLite: file is not a database)."
                    + " Point the url at a SQLite file, or move this file away to start a new database", e);
        }
        return new NoormmeException("Cannot open the " + (Dialect.of(url) == Dialect.SQLITE ? "SQLite " : "")
                + "database " + file + ": " + message, e);
    }

    /** A database file that does not exist, where nothing would create its tables. */
    static NoormmeException missingFile(Path file) {
        return new NoormmeException("The database file " + file.toAbsolutePath() + " does not exist, and nothing"
                + " would create its tables: createSchema is off (the default in PRODUCTION) and there are no"
                + " migrations. Check the url (NOORMME_URL); or open with createSchema(true) (NOORMME_CREATE_SCHEMA=true)"
                + " to create the file and the entities' tables; or add migrations (db/migration/V1__<description>.sql"
                + " or @Migration classes) that create them. No file was created");
    }

    /** The url's file as an absolute path when it names one; the url itself otherwise. */
    static String describe(String url) {
        if (Dialect.of(url) != Dialect.SQLITE) {
            return url;
        }
        String address = url.substring(DatabaseConfig.URL_PREFIX.length());
        if (address.startsWith("file:")) {
            address = address.substring("file:".length());
        }
        int query = address.indexOf('?');
        if (query >= 0) {
            address = address.substring(0, query);
        }
        if (address.isEmpty() || address.startsWith(":memory:")) {
            return url;
        }
        try {
            return Path.of(address).toAbsolutePath().toString();
        } catch (InvalidPathException e) {
            return address;
        }
    }
}
