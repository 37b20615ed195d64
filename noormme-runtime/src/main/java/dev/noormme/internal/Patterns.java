package dev.noormme.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Shapes the bound value of a derived {@code StartingWith}, {@code EndingWith} or
 * {@code Containing}: the caller's text is matched literally, its wildcard characters escaped.
 *
 * <p>The {@code glob} forms are for {@code column GLOB ?} (case-sensitive): {@code *}, {@code ?}
 * and {@code [} become {@code [*]}, {@code [?]} and {@code [[]} (GLOB has no escape character; a
 * one-character class matches that character literally, and {@code ]} outside a class is already
 * literal). The {@code like} forms are for {@code column LIKE ? ESCAPE '\'} (ASCII case-insensitive,
 * as SQLite's LIKE is): {@code \}, {@code %} and {@code _} get a backslash before them.
 *
 * <p>Case-sensitive matching is {@code GLOB} on SQLite and {@code LIKE ... ESCAPE '\'} on
 * PostgreSQL (whose LIKE is case-sensitive): generated code binds it with
 * {@link #setStartingWith}, {@link #setEndingWith} or {@link #setContaining}, which shape the
 * value for the statement's dialect.
 *
 * <p>Every method returns (or binds) null for null, so that the comparison is NULL and matches
 * nothing, as an equality with a null argument does. Stateless, thread-safe.
 */
public final class Patterns {

    private Patterns() {
    }

    /** Binds a case-sensitive pattern matching text that starts with {@code value}. */
    public static void setStartingWith(PreparedStatement statement, int index, String value) throws SQLException {
        Columns.setString(statement, index, Columns.onSqlite(statement) ? globStartingWith(value) : likeStartingWith(value));
    }

    /** Binds a case-sensitive pattern matching text that ends with {@code value}. */
    public static void setEndingWith(PreparedStatement statement, int index, String value) throws SQLException {
        Columns.setString(statement, index, Columns.onSqlite(statement) ? globEndingWith(value) : likeEndingWith(value));
    }

    /** Binds a case-sensitive pattern matching text that contains {@code value}. */
    public static void setContaining(PreparedStatement statement, int index, String value) throws SQLException {
        Columns.setString(statement, index, Columns.onSqlite(statement) ? globContaining(value) : likeContaining(value));
    }

    /** A GLOB pattern matching text that starts with {@code value}. */
    public static String globStartingWith(String value) {
        return value == null ? null : globEscaped(value, false).append('*').toString();
    }

    /** A GLOB pattern matching text that ends with {@code value}. */
    public static String globEndingWith(String value) {
        return value == null ? null : globEscaped(value, true).toString();
    }

    /** A GLOB pattern matching text that contains {@code value}. */
    public static String globContaining(String value) {
        return value == null ? null : globEscaped(value, true).append('*').toString();
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching text that starts with {@code value}. */
    public static String likeStartingWith(String value) {
        return value == null ? null : likeEscaped(value, false).append('%').toString();
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching text that ends with {@code value}. */
    public static String likeEndingWith(String value) {
        return value == null ? null : likeEscaped(value, true).toString();
    }

    /** A LIKE pattern (with {@code ESCAPE '\'}) matching text that contains {@code value}. */
    public static String likeContaining(String value) {
        return value == null ? null : likeEscaped(value, true).append('%').toString();
    }

    private static StringBuilder globEscaped(String value, boolean leadingWildcard) {
        StringBuilder pattern = new StringBuilder(value.length() + 8);
        if (leadingWildcard) {
            pattern.append('*');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                pattern.append('[').append(c).append(']');
            } else {
                pattern.append(c);
            }
        }
        return pattern;
    }

    private static StringBuilder likeEscaped(String value, boolean leadingWildcard) {
        StringBuilder pattern = new StringBuilder(value.length() + 8);
        if (leadingWildcard) {
            pattern.append('%');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern;
    }
}
