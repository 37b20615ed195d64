package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import dev.noormme.processor.model.Access;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.ResultShape;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code RowReader} of a query method, reading fixed column positions: the mapping's own
 * reader when the columns are in its order, otherwise a lambda.
 */
final class RowReaders {

    private RowReaders() {
    }

    /**
     * @param row the lambda's parameter name, free of the method's parameter names
     * @param entityLocal the local for a JavaBean entity, free likewise
     */
    static CodeBlock of(ResultShape result, String row, String entityLocal) {
        if (result instanceof ResultShape.Entity entity) {
            return entity.mappingOrder()
                    ? CodeBlock.of("$T.INSTANCE::read", entity.entity().mappingName())
                    : entity(entity.entity(), entity.positions(), row, entityLocal);
        }
        if (result instanceof ResultShape.Projection projection) {
            List<CodeBlock> arguments = new ArrayList<>();
            for (ResultShape.Component component : projection.components()) {
                arguments.add(Bindings.read(component.kind(), component.type(), row, component.position()));
            }
            return CodeBlock.of("$N -> new $T($L)", row, projection.type(), CodeBlock.join(arguments, ", "));
        }
        if (result instanceof ResultShape.Scalar scalar) {
            return CodeBlock.of("$N -> $L", row, Bindings.read(scalar.kind(), scalar.type(), row, 1));
        }
        throw new IllegalArgumentException("no rows to read for " + result);
    }

    private static CodeBlock entity(EntityModel entity, List<Integer> positions, String row, String local) {
        List<PropertyModel> properties = entity.allProperties();
        if (entity.record()) {
            List<CodeBlock> arguments = new ArrayList<>();
            for (String name : entity.declarationOrder()) {
                int index = indexOf(properties, name);
                arguments.add(Bindings.read(properties.get(index).kind(), properties.get(index).type(), row,
                        positions.get(index)));
            }
            return CodeBlock.of("$N -> new $T($L)", row, entity.type(), CodeBlock.join(arguments, ", "));
        }
        CodeBlock.Builder block = CodeBlock.builder()
                .add("$N -> {\n$>", row)
                .addStatement("$T $N = new $T()", entity.type(), local, entity.type());
        for (int i = 0; i < properties.size(); i++) {
            PropertyModel property = properties.get(i);
            CodeBlock value = Bindings.read(property.kind(), property.type(), row, positions.get(i));
            Access write = property.write();
            block.addStatement(write.kind() == Access.Kind.FIELD
                    ? CodeBlock.of("$N.$N = $L", local, write.name(), value)
                    : CodeBlock.of("$N.$N($L)", local, write.name(), value));
        }
        return block.addStatement("return $N", local).add("$<}").build();
    }

    private static int indexOf(List<PropertyModel> properties, String name) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no property " + name);
    }
}
