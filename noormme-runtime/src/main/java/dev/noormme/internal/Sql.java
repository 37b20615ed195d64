package dev.noormme.internal;

import dev.noormme.config.Dialect;

/**
 * SQL text helpers for what the runtime writes itself: identifier quoting, and the expansion of
 * the collection placeholders of generated SQL. A derived {@code In}/{@code NotIn}, or a
 * {@code @Query} {@code IN (:ids)} with a collection parameter, is written as
 * {@value #EXPANSION} and becomes one {@code ?} per element when the method is called.
 *
 * <p>An empty collection: SQLite accepts {@code IN ()} ({@code IN} matches nothing, {@code NOT IN}
 * everything, NULL included). PostgreSQL has no empty list, so there it becomes an empty
 * subquery, {@code IN (SELECT CAST(NULL AS type) WHERE FALSE)}, which answers the same. The type
 * is the one the placeholder is cast to, {@code ?...::bigint} (the processor writes it for
 * derived queries; a PostgreSQL-only {@code @Query} may write {@code IN (:ids::bigint)}), and
 * {@code text} when it has none.
 */
public final class Sql {

    /** The placeholder of a collection in generated SQL. */
    public static final String EXPANSION = "?...";

    private Sql() {
    }

    /**
     * An identifier quoted for SQLite: with backquotes, inner backquotes doubled. SQLite reads a
     * backquoted name as a name only; a double-quoted one that matches no column would silently
     * become a string literal.
     */
    public static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /**
     * An identifier quoted for {@code dialect}: backquotes on SQLite ({@link #quote(String)}),
     * standard double quotes on PostgreSQL, which never reads a quoted name as a string.
     */
    public static String quote(Dialect dialect, String identifier) {
        return dialect == Dialect.SQLITE ? quote(identifier) : '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code sql} (generated code's statement) with its {@value #EXPANSION} placeholders to be
     * replaced, in order, by {@code sizes[i]} question marks, in the dialect that runs it.
     *
     * @throws IllegalArgumentException when the statement runs and the number of placeholders and
     *         sizes differ
     */
    public static DialectSql expand(DialectSql sql, int... sizes) {
        return sql.expandedTo(sizes);
    }

    /**
     * {@code sql} with its {@value #EXPANSION} placeholders replaced, in order, by
     * {@code sizes[i]} question marks; SQLite's text.
     *
     * @throws IllegalArgumentException when the number of placeholders and sizes differ
     */
    public static String expand(String sql, int... sizes) {
        return expand(Dialect.SQLITE, sql, sizes);
    }

    /**
     * {@code sql} with its {@value #EXPANSION} placeholders replaced, in order, by
     * {@code sizes[i]} question marks, an empty collection as {@code dialect} needs it (see above).
     *
     * @throws IllegalArgumentException when the number of placeholders and sizes differ
     */
    static String expand(Dialect dialect, String sql, int... sizes) {
        StringBuilder expanded = new StringBuilder(sql.length() + 8 * sizes.length);
        int from = 0;
        for (int size : sizes) {
            int at = sql.indexOf(EXPANSION, from);
            if (at < 0) {
                throw new IllegalArgumentException("fewer " + EXPANSION + " placeholders than sizes in " + sql);
            }
            expanded.append(sql, from, at);
            from = at + EXPANSION.length();
            int castEnd = castEnd(sql, from);
            String type = castEnd == from ? null : sql.substring(from + 2, castEnd);
            if (size == 0 && dialect == Dialect.POSTGRESQL) {
                expanded.append("SELECT CAST(NULL AS ").append(type == null ? "text" : type).append(") WHERE FALSE");
                from = castEnd;
                continue;
            }
            for (int i = 0; i < size; i++) {
                expanded.append(i == 0 ? "?" : ", ?");
                if (type != null) {
                    expanded.append("::").append(type);
                }
            }
            from = castEnd;
        }
        if (sql.indexOf(EXPANSION, from) >= 0) {
            throw new IllegalArgumentException("more " + EXPANSION + " placeholders than sizes in " + sql);
        }
        return expanded.append(sql, from, sql.length()).toString();
    }

    /** The end of a {@code ::type} cast at {@code from} (a name, optionally with {@code []}); {@code from} when there is none. */
    private static int castEnd(String sql, int from) {
        if (!sql.startsWith("::", from)) {
            return from;
        }
        int end = from + 2;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                || sql.charAt(end) == ' ' && end + 1 < sql.length() && Character.isLetter(sql.charAt(end + 1))
                        && sql.startsWith("precision", end + 1))) {
            end++;
        }
        return end;
    }
}
