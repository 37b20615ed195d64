package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.sql.EntitySql;
import dev.noormme.processor.sql.SqlDialect;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The constants of a mapping (the table and id names, the statements of each dialect as one
 * {@code MappingSql}, the property-to-column map) and the accessors that return them, in a fixed
 * order.
 */
final class MappingConstants {

    private static final Modifier[] CONSTANT = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};
    private static final TypeName STRING_MAP = ParameterizedTypeName.get(Map.class, String.class, String.class);

    private final EntityModel entity;

    MappingConstants(EntityModel entity) {
        this.entity = entity;
    }

    void addTo(TypeSpec.Builder mapping) {
        mapping.addField(constant(TypeName.get(String.class), "TABLE", CodeBlock.of("$S", entity.table())));
        mapping.addField(constant(TypeName.get(String.class), "ID_COLUMN", CodeBlock.of("$S", entity.id().column())));
        for (SqlDialect dialect : SqlDialect.ALL) {
            mapping.addField(constant(RuntimeTypes.MAPPING_SQL, Dialects.mappingConstant(dialect), statements(dialect)));
        }
        mapping.addField(constant(STRING_MAP, "COLUMNS_BY_PROPERTY", CodeBlock.of("columnsByPropertyInColumnOrder()")));
    }

    /** {@code MappingSql.builder().schema(...).select(...)...build()}, one statement a line. */
    private CodeBlock statements(SqlDialect dialect) {
        EntitySql sql = new EntitySql(entity, dialect);
        List<String> schema = sql.schema();
        CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()\n$>$>", RuntimeTypes.MAPPING_SQL);
        code.add(".schema($L)\n", CodeBlock.join(schema.stream().map(s -> CodeBlock.of("$S", s)).toList(), ",$W"));
        code.add(".select($S)\n", sql.select())
                .add(".selectById($S)\n", sql.selectById())
                .add(".selectAll($S)\n", sql.selectAll())
                .add(".insert($S)\n", sql.insert());
        if (entity.generatedId()) {
            code.add(".insertWithoutId($S)\n", sql.insertWithoutId())
                    .add(".insertReturningId($S)\n", sql.insertReturningId());
        }
        return code.add(".update($S)\n", sql.update())
                .add(".upsert($S)\n", sql.upsert())
                .add(".deleteById($S)\n", sql.deleteById())
                .add(".count($S)\n", sql.count())
                .add(".existsById($S)\n", sql.existsById())
                .add(".build()$<$<")
                .build();
    }

    /** The accessors of the constants, then the static helper that builds the column map. */
    static void addAccessors(TypeSpec.Builder mapping, boolean generatedId) {
        mapping.addMethod(returning("table", TypeName.get(String.class), "TABLE"))
                .addMethod(returning("idColumn", TypeName.get(String.class), "ID_COLUMN"))
                .addMethod(MappingWriter.override("generatedId", TypeName.BOOLEAN)
                        .addStatement("return $L", generatedId).build())
                .addMethod(returning("columnsByProperty", STRING_MAP, "COLUMNS_BY_PROPERTY"))
                .addMethod(MappingWriter.override("sql", RuntimeTypes.MAPPING_SQL)
                        .addParameter(RuntimeTypes.DIALECT, "dialect")
                        .addCode(Dialects.switchOn("dialect", Dialects::mappingConstant))
                        .build());
    }

    /** Builds the column map once, in column order (Map.of would lose the order). */
    MethodSpec columnMapBuilder() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("columnsByPropertyInColumnOrder")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING_MAP)
                .addStatement("$T<$T, $T> columns = new $T<>()", Map.class, String.class, String.class,
                        LinkedHashMap.class);
        for (PropertyModel property : entity.allProperties()) {
            method.addStatement("columns.put($S, $S)", property.name(), property.column());
        }
        return method.addStatement("return $T.unmodifiableMap(columns)", Collections.class).build();
    }

    private static MethodSpec returning(String name, TypeName type, String constant) {
        return MappingWriter.override(name, type).addStatement("return $L", constant).build();
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock initializer) {
        return FieldSpec.builder(type, name, CONSTANT).initializer(initializer).build();
    }
}
