package dev.noormme.connection;

import dev.noormme.ConstraintViolationException;
import dev.noormme.DatabaseBusyException;
import dev.noormme.NoormmeException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a {@link SQLException} becomes a {@link NoormmeException}: constraint
 * failures become {@link ConstraintViolationException} naming table and columns, a busy database
 * that NOORMME gave up waiting for a {@link DatabaseBusyException}, everything else
 * a {@code NoormmeException} with the operation and SQLite's message. Stateless, thread-safe.
 */
public final class SqlErrors {

    private static final int SQLITE_BUSY = 5;

    // sqlite-jdbc writes "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint
    // failed: users.email)": the part in parentheses is SQLite's own message, anchored at the end.
    private static final Pattern CONSTRAINT =
            Pattern.compile("(UNIQUE|NOT NULL|PRIMARY KEY|CHECK|FOREIGN KEY) constraint failed(?::\\s*(.*?))?\\)?$");

    private SqlErrors() {
    }

    /**
     * The exception to throw for {@code e}.
     *
     * @param operation what was being done, e.g. {@code "insert into users"}
     * @param table the table the operation writes, used when SQLite names none; may be null
     */
    public static NoormmeException translate(SQLException e, String operation, String table) {
        if (e instanceof BusyTimeout busy) {
            return new DatabaseBusyException(operation + " failed: " + busy.getMessage(), busy.waited(), e);
        }
        // By class name: a SQLite application has no PostgreSQL driver, and never loads PostgresErrors.
        if (e.getClass().getName().startsWith("org.postgresql.")) {
            return PostgresErrors.translate(e, operation, table);
        }
        String text = String.valueOf(e.getMessage()).strip();
        Matcher matcher = CONSTRAINT.matcher(text);
        if (matcher.find()) {
            return constraint(e, matcher.group(1), matcher.group(2), operation, table);
        }
        return new NoormmeException(operation + " failed: " + text + hint(e, text), e);
    }

    private static ConstraintViolationException constraint(
            SQLException e, String kind, String detail, String operation, String table) {
        String failedTable = table;
        List<String> columns = new ArrayList<>();
        boolean namesColumns = kind.equals("UNIQUE") || kind.equals("NOT NULL") || kind.equals("PRIMARY KEY");
        if (namesColumns && detail != null) {
            for (String qualified : detail.split(",\\s*")) {
                int dot = qualified.indexOf('.');
                if (dot > 0) {
                    failedTable = qualified.substring(0, dot);
                    columns.add(qualified.substring(dot + 1));
                } else {
                    columns.add(qualified);
                }
            }
        }
        return constraint(e, kind, failedTable, columns, detail, operation);
    }

    /**
     * The violation of a {@code kind} constraint ({@code UNIQUE}, {@code PRIMARY KEY},
     * {@code NOT NULL}, {@code CHECK}, {@code FOREIGN KEY}) on {@code failedTable}'s
     * {@code columns}, worded alike for every dialect.
     *
     * @param detail the check's text or name, for a CHECK constraint; may be null
     */
    static ConstraintViolationException constraint(SQLException e, String kind, String failedTable,
            List<String> columns, String detail, String operation) {
        String target = failedTable == null ? "" : failedTable;
        if (!columns.isEmpty()) {
            target = target + (columns.size() == 1 ? "." + columns.get(0) : "(" + String.join(", ", columns) + ")");
        }
        String why = switch (kind) {
            case "UNIQUE", "PRIMARY KEY" -> "another row already has " + (columns.size() > 1 ? "these values" : "this value");
            case "NOT NULL" -> "the value is null";
            case "CHECK" -> "the row fails the check" + (detail == null ? "" : " '" + detail + "'");
            default -> "a referenced row does not exist, or rows still refer to this one";
        };
        String message = kind + " constraint violated on " + target + ": " + why + " (" + operation + ")";
        return new ConstraintViolationException(message, failedTable, columns, e);
    }

    /** What to do about a missing table, whichever database reported it. */
    static final String MISSING_TABLE_HINT = ". The table does not exist. Without migrations, createSchema(true) creates"
            + " the entities' tables at open (the default in DEVELOPMENT and TEST, off in PRODUCTION); with migrations,"
            + " add one that creates it";

    private static String hint(SQLException e, String text) {
        int code = e.getErrorCode() & 0xff;
        if (text.contains("no such table")) {
            return MISSING_TABLE_HINT;
        }
        if (code == SQLITE_BUSY) {
            return ". Another process held the database lock for longer than busyTimeout";
        }
        return "";
    }
}
