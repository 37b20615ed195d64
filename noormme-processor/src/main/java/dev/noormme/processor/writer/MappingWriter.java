package dev.noormme.processor.writer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.noormme.processor.model.Access;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code <Entity>_Mapping}, the entity's {@code EntityMapping}: its SQL, binder and row reader. */
public final class MappingWriter {

    private final EntityModel entity;
    private final ClassName name;
    private final TypeName type;

    public MappingWriter(EntityModel entity) {
        this.entity = entity;
        this.name = entity.mappingName();
        this.type = entity.type();
    }

    /** The mapping type; its package is the entity's. */
    public TypeSpec write() {
        TypeSpec.Builder mapping = TypeSpec.classBuilder(name)
                .addJavadoc("The table mapping of {@link $T}: its SQL, binder and row reader.\n", entity.type())
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.ENTITY_MAPPING, type,
                        entity.idTypeArgument()))
                .addField(FieldSpec.builder(name, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The only instance: mappings are stateless.\n")
                        .initializer("new $T()", name)
                        .build());
        MappingConstants constants = new MappingConstants(entity);
        constants.addTo(mapping);
        mapping.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MappingConstants.addAccessors(mapping, entity.generatedId());
        mapping.addMethod(idMethod())
                .addMethod(hasNoIdMethod())
                .addMethod(withGeneratedIdMethod())
                .addMethod(bindIdMethod())
                .addMethod(bindColumnsMethod())
                .addMethod(readMethod())
                .addMethod(constants.columnMapBuilder());
        return mapping.build();
    }

    private MethodSpec idMethod() {
        return override("id", entity.idTypeArgument())
                .addParameter(type, "entity")
                .addStatement("return $L", get(entity.id()))
                .build();
    }

    private MethodSpec hasNoIdMethod() {
        return override("hasNoId", TypeName.BOOLEAN)
                .addParameter(type, "entity")
                .addStatement("return $L == $L", get(entity.id()), entity.id().kind().primitive() ? "0" : "null")
                .build();
    }

    private MethodSpec withGeneratedIdMethod() {
        MethodSpec.Builder method = override("withGeneratedId", type)
                .addParameter(type, "entity")
                .addParameter(TypeName.LONG, "id");
        if (!entity.generatedId()) {
            return method.addStatement("throw new $T($S)", IllegalStateException.class,
                    "Table " + entity.table() + " has no generated id: its @Id " + entity.id().name()
                            + " is supplied by the caller").build();
        }
        CodeBlock id = entity.id().kind().boxed() == BindingKind.INTEGER ? CodeBlock.of("(int) id") : CodeBlock.of("id");
        if (!entity.record()) {
            return method.addStatement(set(entity.id(), id)).addStatement("return entity").build();
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (String property : entity.declarationOrder()) {
            arguments.add(property.equals(entity.id().name()) ? id : get(property(property)));
        }
        return method.addStatement("return new $T($L)", type, CodeBlock.join(arguments, ",$W")).build();
    }

    private MethodSpec bindIdMethod() {
        return override("bindId", TypeName.VOID)
                .addParameter(RuntimeTypes.PREPARED_STATEMENT, "statement")
                .addParameter(TypeName.INT, "index")
                .addParameter(entity.idTypeArgument(), "id")
                .addException(RuntimeTypes.SQL_EXCEPTION)
                .addStatement(Bindings.bind(entity.id().kind().boxed(), CodeBlock.of("index"), CodeBlock.of("id")))
                .build();
    }

    private MethodSpec bindColumnsMethod() {
        MethodSpec.Builder method = override("bindColumns", TypeName.INT)
                .addParameter(RuntimeTypes.PREPARED_STATEMENT, "statement")
                .addParameter(type, "entity")
                .addParameter(TypeName.INT, "first")
                .addException(RuntimeTypes.SQL_EXCEPTION);
        int offset = 0;
        for (PropertyModel column : entity.columns()) {
            CodeBlock index = offset == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", offset);
            method.addStatement(Bindings.bind(column.kind(), index, get(column)));
            offset++;
        }
        return method.addStatement(offset == 0 ? "return first" : "return first + " + offset).build();
    }

    private MethodSpec readMethod() {
        MethodSpec.Builder method = override("read", type)
                .addParameter(RuntimeTypes.RESULT_SET, "row")
                .addException(RuntimeTypes.SQL_EXCEPTION);
        List<PropertyModel> properties = entity.allProperties();
        if (entity.record()) {
            List<CodeBlock> arguments = new ArrayList<>();
            for (String property : entity.declarationOrder()) {
                PropertyModel model = property(property);
                arguments.add(readColumn(model, properties.indexOf(model) + 1));
            }
            return method.addCode("return new $T(\n$>$>$L$<$<);\n", type, CodeBlock.join(arguments, ",\n")).build();
        }
        method.addStatement("$T entity = new $T()", type, type);
        for (int i = 0; i < properties.size(); i++) {
            method.addStatement(set(properties.get(i), readColumn(properties.get(i), i + 1)));
        }
        return method.addStatement("return entity").build();
    }

    /**
     * A generated id is SQLite's rowid, never NULL in a stored row: reading it with the primitive
     * getter skips {@code wasNull()}, a native call per row that cost findAll about 4%.
     */
    private CodeBlock readColumn(PropertyModel property, int index) {
        if (property == entity.id() && entity.generatedId()) {
            return Bindings.read(property.kind().unboxed(), property.type(), "row", index);
        }
        return Bindings.read(property, index);
    }

    private PropertyModel property(String name) {
        return entity.allProperties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static CodeBlock get(PropertyModel property) {
        Access read = property.read();
        return read.kind() == Access.Kind.FIELD
                ? CodeBlock.of("entity.$N", read.name()) : CodeBlock.of("entity.$N()", read.name());
    }

    private static CodeBlock set(PropertyModel property, CodeBlock value) {
        Access write = property.write();
        return write.kind() == Access.Kind.FIELD
                ? CodeBlock.of("entity.$N = $L", write.name(), value) : CodeBlock.of("entity.$N($L)", write.name(), value);
    }

    static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }
}
