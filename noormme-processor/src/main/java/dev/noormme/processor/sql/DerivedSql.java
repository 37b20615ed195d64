package dev.noormme.processor.sql;

import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.DerivedQuery.Condition;
import dev.noormme.processor.model.DerivedQuery.SortKey;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.Operator;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.ValueShape;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of a derived query in one dialect, from its parsed name and the entity. Identifiers
 * come only from the model and are quoted; every value is a {@code ?} parameter.
 *
 * <p>Text matching: {@code StartingWith}, {@code EndingWith}, {@code Containing} and
 * {@code NotContaining} are case-sensitive; with {@code IgnoreCase} they fold ASCII letters only,
 * as SQLite does. {@code Like} passes the caller's pattern to SQLite's {@code LIKE}. {@code Not}
 * is SQL's {@code <>}: a row whose column is NULL does not match.
 *
 * <p>Null arguments, as in Spring Data: an equality whose argument may be null matches NULL for
 * null and still searches an index on the column; {@code Not} with a null argument is
 * {@code IS NOT NULL}, and with a value it is {@code <>} (a NULL column does not match). A
 * primitive argument cannot be null and keeps {@code =} and {@code <>}; so does an equality on a
 * NOT NULL column, where a null argument matches no row either way.
 */
public final class DerivedSql {

    /**
     * One bound value (or, for a collection, one per element) in SQL order, the same in every
     * dialect: a dialect that writes a value twice binds it twice through its {@link ValueShape}.
     *
     * @param parameter the index of the method parameter bound here, from 0
     * @param shape how its value is bound
     * @param expands true when the parameter is a collection expanded into {@code (?, ?, ...)}
     */
    public record Placeholder(int parameter, ValueShape shape, boolean expands) {
    }

    /**
     * The statement and the values it binds, in order.
     *
     * @param sql the SQL, with {@value #EXPANSION} where a collection parameter expands
     * @param placeholders what to bind, in order
     */
    public record Statement(String sql, List<Placeholder> placeholders) {
    }

    /** Marks where a collection's placeholders go; the same text as the runtime's {@code Sql.EXPANSION}. */
    public static final String EXPANSION = "?...";

    private final EntityModel entity;
    private final SqlDialect dialect;

    public DerivedSql(EntityModel entity, SqlDialect dialect) {
        this.entity = entity;
        this.dialect = dialect;
    }

    /**
     * The statement for {@code query}; {@code selectColumns} is the column list of a FIND, and of
     * a COUNT that counts a distinct FIND's rows (a page's count).
     */
    public Statement write(DerivedQuery query, List<String> selectColumns) {
        List<Placeholder> placeholders = new ArrayList<>();
        String table = dialect.quote(entity.table());
        String where = where(query, placeholders);
        String select = (query.distinct() ? "SELECT DISTINCT " : "SELECT ")
                + selectColumns.stream().map(dialect::quote).collect(Collectors.joining(", "))
                + " FROM " + table + where;
        String sql = switch (query.subject()) {
            case FIND -> select + orderBy(query.orderBy())
                    + (query.limit().isPresent() ? " LIMIT " + query.limit().getAsInt() : "");
            // Rows of the entity are distinct already (they have an id): only a projection's count
            // differs. PostgreSQL requires the subquery's alias.
            case COUNT -> query.distinct() && !selectColumns.isEmpty()
                    ? "SELECT COUNT(*) FROM (" + select + ") AS t"
                    : "SELECT COUNT(*) FROM " + table + where;
            case EXISTS -> "SELECT EXISTS(SELECT 1 FROM " + table + where + ")";
            case DELETE -> "DELETE FROM " + table + where;
        };
        return new Statement(sql, List.copyOf(placeholders));
    }

    /** The sort keys as SQL, without {@code ORDER BY}; empty when there are none. */
    public String orderKeys(List<SortKey> keys) {
        return keys.stream()
                .map(key -> {
                    PropertyModel property = property(key.property());
                    return dialect.orderKey(dialect.quote(property.column()), key.ascending(), nullable(property));
                })
                .collect(Collectors.joining(", "));
    }

    private String orderBy(List<SortKey> keys) {
        return keys.isEmpty() ? "" : " ORDER BY " + orderKeys(keys);
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
        PropertyModel property = property(condition.property());
        String column = dialect.quote(property.column());
        boolean fold = condition.ignoreCase();
        String left = fold ? dialect.folded(column) : column;
        String value = fold ? dialect.foldedParameter() : "?";
        Operator operator = condition.operator();
        boolean nullable = condition.nullableArgument();
        // A NOT NULL column matches a null argument in no row either way, so plain = gives the
        // same rows, and on PostgreSQL one index probe where the null-safe form needs two.
        boolean nullSafe = nullable && property.nullable();
        String sql = switch (operator) {
            case EQUALS -> nullSafe ? dialect.equalsOrBothNull(left, value, column, property.kind())
                    : left + " = " + value;
            case NOT -> nullable ? dialect.differsAndNotNull(left, value, column) : left + " <> " + value;
            case LESS_THAN, BEFORE -> left + " < " + value;
            case LESS_THAN_EQUAL -> left + " <= " + value;
            case GREATER_THAN, AFTER -> left + " > " + value;
            case GREATER_THAN_EQUAL -> left + " >= " + value;
            case BETWEEN -> left + " BETWEEN " + value + " AND " + value;
            case LIKE -> dialect.like(column, fold, false);
            case NOT_LIKE -> dialect.like(column, fold, true);
            case STARTING_WITH, ENDING_WITH, CONTAINING -> fold
                    ? dialect.caseInsensitivePattern(column, false) : dialect.caseSensitivePattern(column, false);
            case NOT_CONTAINING -> fold
                    ? dialect.caseInsensitivePattern(column, true) : dialect.caseSensitivePattern(column, true);
            case IN -> dialect.in(column, property.kind(), false);
            case NOT_IN -> dialect.in(column, property.kind(), true);
            case IS_NULL -> column + " IS NULL";
            case IS_NOT_NULL -> column + " IS NOT NULL";
            case TRUE -> dialect.isBoolean(column, true);
            case FALSE -> dialect.isBoolean(column, false);
        };
        ValueShape shape = operator == Operator.EQUALS && nullSafe ? ValueShape.NULL_SAFE : shape(operator, fold);
        for (int i = 0; i < operator.arity(); i++) {
            placeholders.add(new Placeholder(nextParameter[0]++, shape, operator.takesCollection()));
        }
        return sql;
    }

    private static ValueShape shape(Operator operator, boolean fold) {
        return switch (operator) {
            case STARTING_WITH -> fold ? ValueShape.LIKE_PREFIX : ValueShape.PREFIX;
            case ENDING_WITH -> fold ? ValueShape.LIKE_SUFFIX : ValueShape.SUFFIX;
            case CONTAINING, NOT_CONTAINING -> fold ? ValueShape.LIKE_CONTAINS : ValueShape.CONTAINS;
            default -> ValueShape.AS_IS;
        };
    }

    private PropertyModel property(String name) {
        return entity.allProperties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** The id is never NULL, whatever its Java type. */
    private boolean nullable(PropertyModel property) {
        return property != entity.id() && property.nullable();
    }
}
