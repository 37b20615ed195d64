package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.IndexModel;
import dev.noormme.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The constants of a mapping (every SQL string, the schema, the property-to-column map) and the
 * accessors that return them, in a fixed order.
 */
final class MappingConstants {

    private static final Modifier[] CONSTANT = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};
    private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);
    private static final TypeName STRING_MAP = ParameterizedTypeName.get(Map.class, String.class, String.class);

    /** Accessor name → constant, in interface order; the insert-without-id pair only when generated. */
    private static final String[][] SQL_ACCESSORS = {
        {"selectSql", "SELECT_SQL"},
        {"selectByIdSql", "SELECT_BY_ID_SQL"},
        {"selectAllSql", "SELECT_ALL_SQL"},
        {"insertSql", "INSERT_SQL"},
        {"insertWithoutIdSql", "INSERT_WITHOUT_ID_SQL"},
        {"insertReturningIdSql", "INSERT_RETURNING_ID_SQL"},
        {"updateSql", "UPDATE_SQL"},
        {"upsertSql", "UPSERT_SQL"},
        {"deleteByIdSql", "DELETE_BY_ID_SQL"},
        {"countSql", "COUNT_SQL"},
        {"existsByIdSql", "EXISTS_BY_ID_SQL"},
    };

    private final EntityModel entity;
    private final SqlBuilder sql;

    MappingConstants(EntityModel entity) {
        this.entity = entity;
        this.sql = new SqlBuilder(entity);
    }

    void addTo(TypeSpec.Builder mapping) {
        mapping.addField(constant(String.class, "TABLE", CodeBlock.of("$S", entity.table())));
        mapping.addField(constant(String.class, "ID_COLUMN", CodeBlock.of("$S", entity.id().column())));
        mapping.addField(constant(String.class, "CREATE_TABLE_SQL", CodeBlock.of("$S", sql.createTable())));
        List<CodeBlock> schema = new ArrayList<>(List.of(CodeBlock.of("CREATE_TABLE_SQL")));
        for (int i = 0; i < entity.indexes().size(); i++) {
            IndexModel index = entity.indexes().get(i);
            String name = "CREATE_INDEX_" + (i + 1) + "_SQL";
            mapping.addField(constant(String.class, name, CodeBlock.of("$S", sql.createIndex(index))));
            schema.add(CodeBlock.of(name));
        }
        String[] statements = {
            sql.select(), sql.selectById(), sql.selectAll(), sql.insert(),
            entity.generatedId() ? sql.insertWithoutId() : null,
            entity.generatedId() ? sql.insertReturningId() : null,
            sql.update(), sql.upsert(), sql.deleteById(), sql.count(), sql.existsById(),
        };
        for (int i = 0; i < SQL_ACCESSORS.length; i++) {
            if (statements[i] != null) {
                mapping.addField(constant(String.class, SQL_ACCESSORS[i][1], CodeBlock.of("$S", statements[i])));
            }
        }
        mapping.addField(constant(STRING_LIST, "SCHEMA",
                CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(schema, ", "))));
        mapping.addField(constant(STRING_MAP, "COLUMNS_BY_PROPERTY", CodeBlock.of("columnsByPropertyInColumnOrder()")));
    }

    /** The accessors of the constants, then the static helper that builds the column map. */
    static void addAccessors(TypeSpec.Builder mapping, boolean generatedId) {
        mapping.addMethod(returning("table", String.class, "TABLE"))
                .addMethod(returning("idColumn", String.class, "ID_COLUMN"))
                .addMethod(MappingWriter.override("generatedId", TypeName.BOOLEAN)
                        .addStatement("return $L", generatedId).build())
                .addMethod(returning("columnsByProperty", STRING_MAP, "COLUMNS_BY_PROPERTY"))
                .addMethod(returning("schema", STRING_LIST, "SCHEMA"));
        for (String[] accessor : SQL_ACCESSORS) {
            boolean absent = !generatedId && accessor[1].startsWith("INSERT_") && !accessor[1].equals("INSERT_SQL");
            mapping.addMethod(returning(accessor[0], String.class, absent ? "null" : accessor[1]));
        }
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

    private static MethodSpec returning(String name, java.lang.reflect.Type type, String constant) {
        return returning(name, TypeName.get(type), constant);
    }

    private static MethodSpec returning(String name, TypeName type, String constant) {
        return MappingWriter.override(name, type).addStatement("return $L", constant).build();
    }

    private static FieldSpec constant(java.lang.reflect.Type type, String name, CodeBlock initializer) {
        return constant(TypeName.get(type), name, initializer);
    }

    private static FieldSpec constant(TypeName type, String name, CodeBlock initializer) {
        return FieldSpec.builder(type, name, CONSTANT).initializer(initializer).build();
    }
}
