package dev.noormme.connection;

import dev.noormme.NoormmeException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * {@link SqlErrors} for pgJDBC's exceptions: a constraint's SQLSTATE (class 23) becomes the same
 * {@code ConstraintViolationException} as SQLite's, naming table and columns from the server's
 * error fields. Loaded only for an exception of pgJDBC's, so only where pgJDBC is present.
 * Stateless, thread-safe.
 */
final class PostgresErrors {

    /** The columns of a key detail: {@code Key (email)=(a@x) already exists.}, {@code Key (a, b)=(1, 2) ...}. */
    private static final Pattern KEY = Pattern.compile("^Key \\((.+?)\\)=\\(");

    private PostgresErrors() {
    }

    static NoormmeException translate(SQLException e, String operation, String table) {
        String state = String.valueOf(e.getSQLState());
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        String kind = switch (state) {
            // PostgreSQL names a primary key's index <table>_pkey unless the DDL names it otherwise.
            case "23505" -> server != null && String.valueOf(server.getConstraint()).endsWith("_pkey")
                    ? "PRIMARY KEY" : "UNIQUE";
            case "23503" -> "FOREIGN KEY";
            case "23502" -> "NOT NULL";
            case "23514" -> "CHECK";
            default -> null;
        };
        String text = String.valueOf(server != null ? server.getMessage() : e.getMessage()).strip();
        if (kind == null) {
            String hint = switch (state) {
                case "42P01" -> SqlErrors.MISSING_TABLE_HINT;
                case "25P02" -> ". An earlier statement of this transaction failed, and PostgreSQL runs nothing more in"
                        + " it (SQLite would go on): the transaction can only roll back. Let the earlier failure end"
                        + " the transaction, or run the statement that may fail in a transaction of its own";
                default -> "";
            };
            return new NoormmeException(operation + " failed: " + text + " (SQLSTATE " + state + ")" + hint, e);
        }
        String failedTable = server != null && server.getTable() != null ? server.getTable() : table;
        List<String> columns = new ArrayList<>();
        if (server != null && server.getColumn() != null) {
            columns.add(server.getColumn());
        } else if (server != null && server.getDetail() != null
                // A parent's key still referenced from a child names the parent's columns, not the table's.
                && !(kind.equals("FOREIGN KEY") && !server.getDetail().contains("is not present"))) {
            Matcher key = KEY.matcher(server.getDetail());
            if (key.find()) {
                for (String column : key.group(1).split(",\\s*")) {
                    columns.add(column.replace("\"", ""));
                }
            }
        }
        String check = kind.equals("CHECK") && server != null ? server.getConstraint() : null;
        return SqlErrors.constraint(e, kind, failedTable, columns, check, operation);
    }
}
