package dev.noormme.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;

/** What one result row becomes: the entity, a record projection, a scalar, or nothing (a write). */
public sealed interface ResultShape {

    /**
     * The repository's entity.
     *
     * @param entity the entity
     * @param positions the result column of each of {@link EntityModel#allProperties()}, from 1;
     *     empty when the columns are exactly the mapping's order, so the mapping's reader is reused
     */
    record Entity(EntityModel entity, List<Integer> positions) implements ResultShape {
        public Entity {
            positions = List.copyOf(positions);
        }

        /** True when the mapping's own row reader fits. */
        public boolean mappingOrder() {
            return positions.isEmpty();
        }
    }

    /**
     * A record whose components are read from fixed result columns, in component order.
     *
     * @param type the record
     * @param components its components in constructor order
     */
    record Projection(TypeName type, List<Component> components) implements ResultShape {
        public Projection {
            components = List.copyOf(components);
        }
    }

    /**
     * One record component and the column it is read from.
     *
     * @param name the component name
     * @param type its type
     * @param kind how it is read
     * @param position the result column, from 1
     */
    record Component(String name, TypeName type, BindingKind kind, int position) {
    }

    /**
     * One value from the first column.
     *
     * @param type the Java type
     * @param kind how it is read
     */
    record Scalar(TypeName type, BindingKind kind) implements ResultShape {
    }

    /** A statement whose rows are not read: INSERT, UPDATE, DELETE. */
    record None() implements ResultShape {
    }
}
