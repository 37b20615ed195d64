package dev.noormme.processor.model;

import java.util.List;

/**
 * One {@code @Index} of an entity, with its name resolved.
 *
 * @param name the index name
 * @param columns the column names in index order
 * @param unique true for a UNIQUE index
 */
public record IndexModel(String name, List<String> columns, boolean unique) {

    public IndexModel {
        columns = List.copyOf(columns);
    }
}
