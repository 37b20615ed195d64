package dev.noormme.processor.model;

import com.squareup.javapoet.TypeName;

/**
 * One persisted property of an entity and its column.
 *
 * @param name the Java property name (record component or field name)
 * @param type the Java type, as generated code spells it
 * @param kind how the type is bound and read
 * @param column the column name
 * @param nullable false adds NOT NULL (always false for primitives)
 * @param unique true adds UNIQUE
 * @param read how generated code reads the value from an entity
 * @param write how generated code puts the value into an entity
 */
public record PropertyModel(
        String name,
        TypeName type,
        BindingKind kind,
        String column,
        boolean nullable,
        boolean unique,
        Access read,
        Access write) {

    /** The column's SQL type. */
    public SqlType sqlType() {
        return kind.sqlType();
    }
}
