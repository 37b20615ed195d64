package dev.noormme.processor.writer;

import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.DerivedQuery.Condition;
import dev.noormme.processor.model.DerivedQuery.SortKey;
import dev.noormme.processor.model.Operator;
import dev.noormme.processor.model.ValueShape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL of a derived query, from its parsed name and the entity's column names. Identifiers
 * come only from the model and are quoted; every value is a {@code ?} parameter.
 *
 * <p>Text matching: {@code StartingWith}, {@code EndingWith}, {@code Containing} and
 * {@code NotContaining} are case-sensitive ({@code GLOB}); with {@code IgnoreCase} they use
 * {@code LIKE ... ESCAPE '\'}, which folds ASCII letters only, as SQLite does. {@code Like}
 * passes the caller's pattern to SQLite's {@code LIKE}. {@code Not} is SQL's {@code <>}: a row
 * whose column is NULL does not match.
 *
 * <p>Null arguments, as in Spring Data: an equality whose argument may be null is
 * {@code col IS ?}, which is {@code =} for a value and {@code IS NULL} for null, and still
 * searches an index on the column. {@code Not} is {@code (col IS NOT ? AND col IS NOT NULL)}:
 * {@code IS NOT NULL} for null, and {@code <>} for a value (a NULL column does not match, as
 * with {@code <>}). A primitive argument cannot be null and keeps {@code =} and {@code <>}.
 */
public final class DerivedSqlWriter {

    /**
     * One {@code ?} (or, for a collection, one {@code ?} per element) in SQL order.
     *
     * @param parameter the index of the method parameter bound here, from 0
     * @param shape how its value is shaped
     * @param expands true when the parameter is a collection expanded into {@code (?, ?, ...)}
     */
    public record Placeholder(int parameter, ValueShape shape, boolean expands) {
    }

    /**
     * The statement and the parameters it binds, in order.
     *
     * @param sql the SQL, with {@value #EXPANSION} where a collection parameter expands
     * @param placeholders what to bind, in order
     */
    public record DerivedSql(String sql, List<Placeholder> placeholders) {
    }

    /** Marks where a collection's placeholders go; the same text as the runtime's {@code Sql.EXPANSION}. */
    public static final String EXPANSION = "?...";

    private final String table;
    private final Function<String, String> columnOfProperty;

    /**
     * @param table the table name, unquoted
     * @param columnOfProperty a property name to its column name, unquoted
     */
    public DerivedSqlWriter(String table, Function<String, String> columnOfProperty) {
        this.table = table;
        this.columnOfProperty = columnOfProperty;
    }

    /**
     * The statement for {@code query}; {@code selectColumns} is the column list of a FIND, and of
     * a COUNT that counts a distinct FIND's rows (a page's count).
     */
    public DerivedSql write(DerivedQuery query, List<String> selectColumns) {
        List<Placeholder> placeholders = new ArrayList<>();
        String where = where(query, placeholders);
        String select = (query.distinct() ? "SELECT DISTINCT " : "SELECT ")
                + selectColumns.stream().map(DerivedSqlWriter::quote).collect(Collectors.joining(", "))
                + " FROM " + quote(table) + where;
        String sql = switch (query.subject()) {
            case FIND -> select + orderBy(query.orderBy())
                    + (query.limit().isPresent() ? " LIMIT " + query.limit().getAsInt() : "");
            // Rows of the entity are distinct already (they have an id): only a projection's count differs.
            case COUNT -> query.distinct() && !selectColumns.isEmpty()
                    ? "SELECT COUNT(*) FROM (" + select + ")"
                    : "SELECT COUNT(*) FROM " + quote(table) + where;
            case EXISTS -> "SELECT EXISTS(SELECT 1 FROM " + quote(table) + where + ")";
            case DELETE -> "DELETE FROM " + quote(table) + where;
        };
        return new DerivedSql(sql, List.copyOf(placeholders));
    }

    /** {@code ORDER BY ...} for the method's sort keys; empty when it has none. */
    public String orderBy(List<SortKey> keys) {
        if (keys.isEmpty()) {
            return "";
        }
        return keys.stream()
                .map(key -> quote(columnOfProperty.apply(key.property())) + (key.ascending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", ", " ORDER BY ", ""));
    }

    private String where(DerivedQuery query, List<Placeholder> placeholders) {
        if (query.predicate().isEmpty()) {
            return "";
        }
        int[] nextParameter = {0};
        boolean several = query.predicate().size() > 1;
        String disjunction = query.predicate().stream()
                .map(group -> {
                    String conjunction = group.stream()
                            .map(condition -> condition(condition, nextParameter, placeholders))
                            .collect(Collectors.joining(" AND "));
                    return several && group.size() > 1 ? "(" + conjunction + ")" : conjunction;
                })
                .collect(Collectors.joining(" OR "));
        return " WHERE " + disjunction;
    }

    private String condition(Condition condition, int[] nextParameter, List<Placeholder> placeholders) {
        String column = quote(columnOfProperty.apply(condition.property()));
        boolean fold = condition.ignoreCase();
        String left = fold ? "lower(" + column + ")" : column;
        String value = fold ? "lower(?)" : "?";
        Operator operator = condition.operator();
        boolean nullable = condition.nullableArgument();
        String sql = switch (operator) {
            case EQUALS -> left + (nullable ? " IS " : " = ") + value;
            case NOT -> nullable ? "(" + left + " IS NOT " + value + " AND " + column + " IS NOT NULL)"
                    : left + " <> " + value;
            case LESS_THAN, BEFORE -> left + " < " + value;
            case LESS_THAN_EQUAL -> left + " <= " + value;
            case GREATER_THAN, AFTER -> left + " > " + value;
            case GREATER_THAN_EQUAL -> left + " >= " + value;
            case BETWEEN -> left + " BETWEEN " + value + " AND " + value;
            case LIKE -> left + " LIKE " + value;
            case NOT_LIKE -> left + " NOT LIKE " + value;
            case STARTING_WITH, ENDING_WITH, CONTAINING -> fold
                    ? column + " LIKE ? ESCAPE '\\'"
                    : column + " GLOB ?";
            case NOT_CONTAINING -> fold
                    ? column + " NOT LIKE ? ESCAPE '\\'"
                    : column + " NOT GLOB ?";
            case IN -> column + " IN (" + EXPANSION + ")";
            case NOT_IN -> column + " NOT IN (" + EXPANSION + ")";
            case IS_NULL -> column + " IS NULL";
            case IS_NOT_NULL -> column + " IS NOT NULL";
            case TRUE -> column + " = 1";
            case FALSE -> column + " = 0";
        };
        for (int i = 0; i < operator.arity(); i++) {
            placeholders.add(new Placeholder(nextParameter[0]++, shape(operator, fold), operator.takesCollection()));
        }
        return sql;
    }

    private static ValueShape shape(Operator operator, boolean fold) {
        return switch (operator) {
            case STARTING_WITH -> fold ? ValueShape.LIKE_PREFIX : ValueShape.GLOB_PREFIX;
            case ENDING_WITH -> fold ? ValueShape.LIKE_SUFFIX : ValueShape.GLOB_SUFFIX;
            case CONTAINING, NOT_CONTAINING -> fold ? ValueShape.LIKE_CONTAINS : ValueShape.GLOB_CONTAINS;
            default -> ValueShape.AS_IS;
        };
    }

    static String quote(String identifier) {
        return SqlBuilder.quote(identifier);
    }
}
