package dev.noormme.processor.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code :name} parameters of {@code @Query} SQL, found outside string literals, quoted
 * identifiers and comments; also any other parameter form SQLite accepts ({@code ?}, {@code ?1},
 * {@code @x}, {@code $x}), which NOORMME refuses, and text after a {@code ;}.
 */
final class NamedSql {

    /**
     * One {@code :name}.
     *
     * @param name the name without the colon
     * @param start its offset in the SQL, at the colon
     * @param end the offset after it
     * @param inParens true when only whitespace separates it from a {@code (} before and a {@code )} after
     */
    record Occurrence(String name, int start, int end, boolean inParens) {
    }

    /**
     * What the scan found.
     *
     * @param named every {@code :name}, in order
     * @param unnamed other parameters as written, such as {@code ?} or {@code @id}
     * @param severalStatements true when a statement follows a {@code ;}
     */
    record Scan(List<Occurrence> named, List<String> unnamed, boolean severalStatements) {
    }

    private NamedSql() {
    }

    static Scan scan(String sql) {
        List<Occurrence> named = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        boolean several = false;
        boolean afterSemicolon = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int skip = skipQuotedOrComment(sql, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            if (afterSemicolon && !Character.isWhitespace(c) && c != ';') {
                several = true;
            }
            if (c == ';') {
                afterSemicolon = true;
                i++;
            } else if (c == ':' && i + 1 < sql.length() && isNameStart(sql.charAt(i + 1))) {
                int end = nameEnd(sql, i + 1);
                named.add(new Occurrence(sql.substring(i + 1, end), i, end, inParens(sql, i, end)));
                i = end;
            } else if (c == '?' || (c == '@' || c == '$') && i + 1 < sql.length() && isNameStart(sql.charAt(i + 1))) {
                int end = c == '?' ? digitsEnd(sql, i + 1) : nameEnd(sql, i + 1);
                unnamed.add(sql.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return new Scan(List.copyOf(named), List.copyOf(unnamed), several);
    }

    /** The SQL with each {@code :name} replaced by its placeholder ({@code ?}, or {@code ?...} where it expands). */
    static String replace(String sql, List<Occurrence> named, Function<Occurrence, String> placeholder) {
        StringBuilder out = new StringBuilder(sql.length());
        int from = 0;
        for (Occurrence occurrence : named) {
            out.append(sql, from, occurrence.start()).append(placeholder.apply(occurrence));
            from = occurrence.end();
        }
        return out.append(sql, from, sql.length()).toString();
    }

    /**
     * The SQL with every double-quoted identifier written with backquotes instead. Standard SQL
     * reads {@code "x"} as a name, but SQLite reads a double-quoted name that matches no column
     * as the string {@code 'x'}, silently; a backquoted name that matches nothing is an error,
     * at compile time here and at run time. Strings, comments and other quotes are kept as written.
     */
    static String backquoteIdentifiers(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            int skip = skipQuotedOrComment(sql, i);
            if (skip == i) {
                out.append(sql.charAt(i++));
                continue;
            }
            if (sql.charAt(i) == '"' && skip > i + 1 && sql.charAt(skip - 1) == '"') {
                String name = sql.substring(i + 1, skip - 1).replace("\"\"", "\"");
                out.append('`').append(name.replace("`", "``")).append('`');
            } else {
                out.append(sql, i, skip);
            }
            i = skip;
        }
        return out.toString();
    }

    private static int skipQuotedOrComment(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int close = i + 1;
            while (close < sql.length()) {
                if (sql.charAt(close) == c) {
                    if (close + 1 < sql.length() && sql.charAt(close + 1) == c) {
                        close += 2; // a doubled quote is the quote character itself
                        continue;
                    }
                    return close + 1;
                }
                close++;
            }
            return sql.length();
        }
        if (c == '[') {
            int close = sql.indexOf(']', i);
            return close < 0 ? sql.length() : close + 1;
        }
        if (sql.startsWith("--", i)) {
            int close = sql.indexOf('\n', i);
            return close < 0 ? sql.length() : close + 1;
        }
        if (sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return i;
    }

    private static boolean inParens(String sql, int start, int end) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(sql.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < sql.length() && Character.isWhitespace(sql.charAt(after))) {
            after++;
        }
        return before >= 0 && sql.charAt(before) == '(' && after < sql.length() && sql.charAt(after) == ')';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static int nameEnd(String sql, int from) {
        int end = from;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private static int digitsEnd(String sql, int from) {
        int end = from;
        while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
            end++;
        }
        return end;
    }
}
