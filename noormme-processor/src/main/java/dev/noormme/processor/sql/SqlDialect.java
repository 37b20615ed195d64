package dev.noormme.processor.sql;

import dev.noormme.processor.model.BindingKind;
import java.util.List;

/**
 * Everything in which the SQL NOORMME writes differs between databases: quoting, column types,
 * the generated id, NULL order, null-safe equality, boolean literals, text matching, {@code IN}
 * placeholders and the upsert. {@link EntitySql} and {@link DerivedSql} build statements from
 * these pieces and never ask which database they write for; a third database is one more
 * implementation, and the writers emit its text beside the others.
 *
 * <p>Arguments named {@code column} are quoted already; {@code left} and {@code value} are the
 * two sides of a comparison as {@link #folded} and {@link #foldedParameter} shape them.
 */
public sealed interface SqlDialect permits SqliteSql, PostgresSql {

    /** SQLite, the database every statement is verified against at compile time. */
    SqlDialect SQLITE = new SqliteSql();

    /** PostgreSQL. */
    SqlDialect POSTGRESQL = new PostgresSql();

    /** Every dialect, in the order generated code lists their texts. */
    List<SqlDialect> ALL = List.of(SQLITE, POSTGRESQL);

    /** The name of the runtime's {@code Dialect} constant for this dialect, such as {@code SQLITE}. */
    String name();

    /** An identifier as a name only, never a string: inner quote characters doubled. */
    String quote(String identifier);

    /** The declared type of a column holding {@code kind}, before NOT NULL and UNIQUE. */
    String columnType(BindingKind kind);

    /** The id column's declaration after its name, for an id the database generates. */
    String generatedId(BindingKind kind);

    /** The id column's declaration after its name, for an id the caller supplies. */
    String suppliedId(BindingKind kind);

    /** One key of an index, so that the index serves {@link #orderKey} in both directions. */
    String indexKey(String column, boolean nullable);

    /** One ORDER BY key; a nullable column puts NULLs first ascending and last descending, as SQLite does. */
    String orderKey(String column, boolean ascending, boolean nullable);

    /** The upsert's reference to the value the conflicting insert proposed for {@code column}. */
    String excluded(String column);

    /** A column, or an expression over it, folded to lower case for {@code IgnoreCase}: ASCII letters only. */
    default String folded(String left) {
        return "lower(" + left + ")";
    }

    /** A parameter folded as {@link #folded} folds the column. */
    String foldedParameter();

    /**
     * {@code left} equals {@code value}, or both are NULL; {@code kind} is the parameter's type.
     * {@code value} is bound as {@code ValueShape.NULL_SAFE}: once, or twice where this text has it twice.
     */
    String equalsOrBothNull(String left, String value, String column, BindingKind kind);

    /** {@code left} differs from {@code value} (NULL for a null value) and {@code column} is not NULL. */
    String differsAndNotNull(String left, String value, String column);

    /** {@code column = TRUE} or {@code = FALSE}, in the literal the column's type compares with. */
    String isBoolean(String column, boolean value);

    /** A case-sensitive match of {@code column} against a pattern bound by {@code Patterns.setStartingWith} and the like. */
    String caseSensitivePattern(String column, boolean negated);

    /** An ASCII-case-insensitive match against a {@code Patterns.likeXxx} pattern ({@code \} escapes). */
    String caseInsensitivePattern(String column, boolean negated);

    /**
     * {@code Like}: the caller's own pattern ({@code %} and {@code _}, no escape character),
     * folding ASCII case as SQLite's LIKE does; {@code fold} is the method's {@code IgnoreCase}.
     */
    String like(String column, boolean fold, boolean negated);

    /** {@code column IN (...)} over a collection of {@code kind} expanded at run time. */
    default String in(String column, BindingKind kind, boolean negated) {
        return column + (negated ? " NOT IN (" : " IN (") + collectionPlaceholder(kind) + ")";
    }

    /** Where a collection of {@code kind} expands at run time, in {@code IN (...)}. */
    String collectionPlaceholder(BindingKind kind);
}
