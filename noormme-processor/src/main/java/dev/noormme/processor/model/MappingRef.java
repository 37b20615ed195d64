package dev.noormme.processor.model;

import com.squareup.javapoet.ClassName;

/**
 * An entity mapping the ServiceFactory passes to {@code Database.open}.
 *
 * @param table the table name, the sort key
 * @param mapping the generated mapping type
 */
public record MappingRef(String table, ClassName mapping) {
}
