package dev.noormme.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A valid {@code @Table} entity, ready to be written as its {@code <Entity>_Mapping}.
 *
 * @param type the entity type
 * @param record true for a record (read through its canonical constructor)
 * @param table the table name
 * @param id the {@code @Id} property
 * @param columns every other persisted property, in declaration order
 * @param indexes the {@code @Index} declarations, in declaration order
 * @param declarationOrder every property name in declaration order: a record's constructor order
 * @param retention its {@code @RetentionPeriod}, when it has one
 */
public record EntityModel(
        ClassName type,
        boolean record,
        String table,
        PropertyModel id,
        List<PropertyModel> columns,
        List<IndexModel> indexes,
        List<String> declarationOrder,
        Optional<RetentionModel> retention) {

    public EntityModel {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        declarationOrder = List.copyOf(declarationOrder);
    }

    /** The generated mapping's name: {@code User_Mapping}, {@code Outer_Inner_Mapping}. */
    public ClassName mappingName() {
        return Names.generatedName(type, "_Mapping");
    }

    /** The id's type as a type argument: boxed when the id is primitive. */
    public TypeName idTypeArgument() {
        return id.type().box();
    }

    /** True when SQLite generates the id. */
    public boolean generatedId() {
        return id.kind().generatable();
    }

    /** Every property in column order: the id first, then the others. */
    public List<PropertyModel> allProperties() {
        List<PropertyModel> all = new ArrayList<>(columns.size() + 1);
        all.add(id);
        all.addAll(columns);
        return Collections.unmodifiableList(all);
    }
}
