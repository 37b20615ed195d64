package dev.noormme.processor.sql;

import dev.noormme.processor.model.BindingKind;

/**
 * SQLite's SQL. Identifiers are backquoted: SQLite reads a double-quoted name that matches no
 * column as a string literal (its DQS quirk), while a backquoted one is an error. NULLs sort first
 * ascending by SQLite's own rule, so ORDER BY and indexes need no NULLS clause.
 */
public final class SqliteSql implements SqlDialect {

    SqliteSql() {
    }

    @Override
    public String name() {
        return "SQLITE";
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String columnType(BindingKind kind) {
        return kind.sqlType().declaration();
    }

    @Override
    public String generatedId(BindingKind kind) {
        return "INTEGER PRIMARY KEY";
    }

    /** SQLite lets a non-INTEGER primary key hold NULL (a legacy bug it keeps): NOT NULL says it may not. */
    @Override
    public String suppliedId(BindingKind kind) {
        return "TEXT PRIMARY KEY NOT NULL";
    }

    @Override
    public String indexKey(String column, boolean nullable) {
        return column;
    }

    @Override
    public String orderKey(String column, boolean ascending, boolean nullable) {
        return column + (ascending ? " ASC" : " DESC");
    }

    @Override
    public String excluded(String column) {
        return "excluded." + column;
    }

    @Override
    public String foldedParameter() {
        return "lower(?)";
    }

    /** {@code IS} is {@code =} for a value and {@code IS NULL} for NULL, and SQLite still searches an index with it. */
    @Override
    public String equalsOrBothNull(String left, String value, String column, BindingKind kind) {
        return left + " IS " + value;
    }

    @Override
    public String differsAndNotNull(String left, String value, String column) {
        return "(" + left + " IS NOT " + value + " AND " + column + " IS NOT NULL)";
    }

    /** Booleans are stored as 1 and 0. */
    @Override
    public String isBoolean(String column, boolean value) {
        return column + (value ? " = 1" : " = 0");
    }

    @Override
    public String caseSensitivePattern(String column, boolean negated) {
        return column + (negated ? " NOT GLOB ?" : " GLOB ?");
    }

    /** SQLite's LIKE folds ASCII letters itself. */
    @Override
    public String caseInsensitivePattern(String column, boolean negated) {
        return column + (negated ? " NOT LIKE ? ESCAPE '\\'" : " LIKE ? ESCAPE '\\'");
    }

    @Override
    public String like(String column, boolean fold, boolean negated) {
        return (fold ? folded(column) : column) + (negated ? " NOT LIKE " : " LIKE ") + (fold ? foldedParameter() : "?");
    }

    /** SQLite accepts {@code IN ()}, so an empty collection needs nothing special. */
    @Override
    public String collectionPlaceholder(BindingKind kind) {
        return DerivedSql.EXPANSION;
    }
}
