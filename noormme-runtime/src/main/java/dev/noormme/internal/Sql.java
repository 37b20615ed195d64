package dev.noormme.internal;

/**
 * SQL text helpers for what the runtime writes itself: identifier quoting, and the expansion of
 * the collection placeholders of generated SQL. A derived {@code In}/{@code NotIn}, or a
 * {@code @Query} {@code IN (:ids)} with a collection parameter, is written as
 * {@value #EXPANSION} and becomes one {@code ?} per element when the method is called; an empty
 * collection becomes {@code ()}, which SQLite accepts ({@code IN ()} matches nothing).
 */
public final class Sql {

    /** The placeholder of a collection in generated SQL. */
    public static final String EXPANSION = "?...";

    private Sql() {
    }

    /**
     * An identifier quoted with backquotes, inner backquotes doubled. SQLite reads a backquoted
     * name as a name only; a double-quoted one that matches no column would silently become a
     * string literal.
     */
    public static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /**
     * {@code sql} with its {@value #EXPANSION} placeholders replaced, in order, by
     * {@code sizes[i]} question marks.
     *
     * @throws IllegalArgumentException when the number of placeholders and sizes differ
     */
    public static String expand(String sql, int... sizes) {
        StringBuilder expanded = new StringBuilder(sql.length() + 8 * sizes.length);
        int from = 0;
        for (int size : sizes) {
            int at = sql.indexOf(EXPANSION, from);
            if (at < 0) {
                throw new IllegalArgumentException("fewer " + EXPANSION + " placeholders than sizes in " + sql);
            }
            expanded.append(sql, from, at);
            for (int i = 0; i < size; i++) {
                expanded.append(i == 0 ? "?" : ", ?");
            }
            from = at + EXPANSION.length();
        }
        if (sql.indexOf(EXPANSION, from) >= 0) {
            throw new IllegalArgumentException("more " + EXPANSION + " placeholders than sizes in " + sql);
        }
        return expanded.append(sql, from, sql.length()).toString();
    }
}
