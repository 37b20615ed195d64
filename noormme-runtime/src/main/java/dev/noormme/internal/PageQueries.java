package dev.noormme.internal;

import dev.noormme.repository.PageRequest;
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
    static String byId(EntityMapping<?, ?> mapping) {
        return mapping.selectAllSql() + LIMIT;
    }

    /**
     * The page query for the request's sort, ending with the id as the last key so that rows
     * with equal sort values keep one order across pages.
     *
     * @throws IllegalArgumentException naming the property and listing the entity's properties
     */
    static String sorted(EntityMapping<?, ?> mapping, PageRequest request) {
        Map<String, String> columns = mapping.columnsByProperty();
        StringBuilder sql = new StringBuilder(mapping.selectSql()).append(" ORDER BY ");
        boolean idSorted = false;
        for (PageRequest.Order order : request.sort()) {
            String column = columns.get(order.property());
            if (column == null) {
                throw new IllegalArgumentException("Unknown sort property '" + order.property() + "' for table "
                        + mapping.table() + ": its properties are " + String.join(", ", columns.keySet()));
            }
            idSorted |= column.equals(mapping.idColumn());
            sql.append(quote(column)).append(order.direction() == PageRequest.Direction.DESC ? " DESC, " : " ASC, ");
        }
        if (idSorted) {
            sql.setLength(sql.length() - 2);
        } else {
            sql.append(quote(mapping.idColumn()));
        }
        return sql.append(LIMIT).toString();
    }

    /** A column name as an SQL identifier: double-quoted, inner quotes doubled. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
