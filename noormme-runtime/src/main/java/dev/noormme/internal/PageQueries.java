package dev.noormme.internal;

import dev.noormme.config.Dialect;
import dev.noormme.repository.PageRequest;
import java.util.List;
import java.util.Map;

/**
 * Builds the SQL of one page. Sort properties are looked up in the mapping's compile-time
 * property-to-column map: only column names from that map ever reach the SQL, never caller text.
 * Stateless.
 */
final class PageQueries {

    private static final String LIMIT = " LIMIT ? OFFSET ?";

    private PageQueries() {
    }

    /** The page query without a sort: in id order. */
    static String byId(MappingSql sql) {
        return sql.selectAll() + LIMIT;
    }

    /**
     * The page query for the request's sort, ending with the id as the last key so that rows
     * with equal sort values keep one order across pages.
     *
     * @throws IllegalArgumentException naming the property and listing the entity's properties
     */
    static String sorted(EntityMapping<?, ?> mapping, MappingSql statements, Dialect dialect, PageRequest request) {
        StringBuilder sql = new StringBuilder(statements.select());
        return appendSort(sql, mapping, dialect, request.sort(), null).append(LIMIT).toString();
    }

    /**
     * The page query of a generated query method: {@code select} ordered by the sort when it has
     * keys, else by {@code defaultOrderBy} (processor SQL; null for none), then by the id.
     *
     * @param name the method, "Repository.method", named in the exception
     * @throws IllegalArgumentException naming the method and property and listing the properties
     */
    static String ordered(EntityMapping<?, ?> mapping, Dialect dialect, String select, List<PageRequest.Order> sort,
                          String defaultOrderBy, String name) {
        StringBuilder sql = new StringBuilder(select.length() + 64).append(select);
        if (!sort.isEmpty()) {
            return appendSort(sql, mapping, dialect, sort, name).append(LIMIT).toString();
        }
        sql.append(" ORDER BY ");
        if (defaultOrderBy != null) {
            sql.append(defaultOrderBy).append(", ");
        }
        return sql.append(Sql.quote(dialect, mapping.idColumn())).append(LIMIT).toString();
    }

    /**
     * Appends {@code ORDER BY} with the sort's columns, then the id unless the sort has it. On
     * PostgreSQL each key says where NULLs go, as SQLite orders them: first ascending, last
     * descending.
     */
    private static StringBuilder appendSort(StringBuilder sql, EntityMapping<?, ?> mapping, Dialect dialect,
                                            List<PageRequest.Order> sort, String name) {
        Map<String, String> columns = mapping.columnsByProperty();
        sql.append(" ORDER BY ");
        boolean idSorted = false;
        for (PageRequest.Order order : sort) {
            String column = columns.get(order.property());
            if (column == null) {
                throw new IllegalArgumentException((name == null ? "" : name + ": ") + "Unknown sort property '"
                        + order.property() + "' for table " + mapping.table() + ": its properties are "
                        + String.join(", ", columns.keySet()));
            }
            idSorted |= column.equals(mapping.idColumn());
            boolean descending = order.direction() == PageRequest.Direction.DESC;
            sql.append(Sql.quote(dialect, column)).append(descending ? " DESC" : " ASC");
            if (dialect == Dialect.POSTGRESQL) {
                sql.append(descending ? " NULLS LAST" : " NULLS FIRST");
            }
            sql.append(", ");
        }
        if (idSorted) {
            sql.setLength(sql.length() - 2);
        } else {
            sql.append(Sql.quote(dialect, mapping.idColumn()));
        }
        return sql;
    }
}
