package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.QueryMethodModel.Bind;
import dev.noormme.processor.model.QueryMethodModel.Parameter;
import dev.noormme.processor.model.QueryMethodModel.TableAccess;
import dev.noormme.processor.model.ValueShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes one query method, derived or {@code @Query} alike: its SQL constants and a method that
 * hands the SQL, a binder and a row reader to {@code RepositorySupport}. Locals are named so
 * they cannot collide with the method's parameters, and a parameter that could hide a type or a
 * package the body names ({@code Sql}, {@code Columns}, {@code java}) is renamed in the override.
 */
final class QueryMethodWriter {

    private static final Modifier[] CONSTANT = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};
    /** The first segments of the packages generated code names in full when a simple name is taken. */
    private static final Set<String> PACKAGE_ROOTS = Set.of("dev", "java", "javax");

    private QueryMethodWriter() {
    }

    static void addConstants(TypeSpec.Builder type, QueryMethodModel query) {
        type.addField(FieldSpec.builder(RuntimeTypes.DIALECT_SQL, query.constant(), CONSTANT)
                .initializer(Dialects.dialectSql(query.sql())).build());
        if (query.page() != null) {
            type.addField(FieldSpec.builder(RuntimeTypes.DIALECT_SQL, countConstant(query), CONSTANT)
                    .initializer(Dialects.dialectSql(query.page().countSql())).build());
            if (query.page().defaultOrderBy() != null) {
                type.addField(FieldSpec.builder(RuntimeTypes.DIALECT_SQL, orderConstant(query), CONSTANT)
                        .initializer(Dialects.dialectSql(query.page().defaultOrderBy())).build());
            }
        }
    }

    static MethodSpec method(QueryMethodModel query) {
        List<String> names = names(query.parameters());
        Set<String> taken = Set.copyOf(names);
        String support = taken.contains("support") ? "this.support" : "support";
        MethodSpec.Builder method = MappingWriter.override(query.name(), query.returnType())
                .addJavadoc(javadoc(query));
        for (int i = 0; i < names.size(); i++) {
            method.addParameter(query.parameters().get(i).type(), names.get(i));
        }
        CodeBlock binder = binder(query, names, fresh("statement", taken), fresh("index", taken),
                fresh("value", taken));
        CodeBlock sql = expanded(query, names, CodeBlock.of("$N", query.constant()));
        CodeBlock name = CodeBlock.of("$S", query.displayName());
        CodeBlock value = switch (query.call()) {
            case LIST, ONE, STREAM, VALUE -> CodeBlock.of("$L.$N($L, $L, $L, $L)", support,
                    query.call().name().toLowerCase(Locale.ROOT), name, sql, binder, reader(query, taken));
            case OPTIONAL -> CodeBlock.of("$T.ofNullable($L.one($L, $L, $L, $L))", Optional.class, support, name, sql,
                    binder, reader(query, taken));
            case PAGE -> CodeBlock.of("$L.page($L, $L, $L, $L, $N, $L, $L)", support, name, sql,
                    expanded(query, names, CodeBlock.of("$N", countConstant(query))), binder,
                    names.get(query.page().requestParameter()),
                    query.page().defaultOrderBy() == null ? CodeBlock.of("null") : CodeBlock.of("$N", orderConstant(query)),
                    reader(query, taken));
            case LONG -> CodeBlock.of("$L.queryLong($L, $L, $L)", support, name, sql, binder);
            case INT -> CodeBlock.of("$T.toIntExact($L.queryLong($L, $L, $L))", Math.class, support, name, sql, binder);
            case BOOLEAN -> CodeBlock.of("$L.exists($L, $L, $L)", support, name, sql, binder);
            case UPDATE_INT, UPDATE_LONG, UPDATE_VOID -> CodeBlock.of("$L.update($L, $L, $L$L)", support, name, sql, binder,
                    CacheWriter.tablesWritten(query.tables().writes()));
        };
        if (query.call() == QueryMethodModel.Call.UPDATE_VOID) {
            method.addCode("$L;\n", value);
        } else if (query.cache() != null) {
            String field = CacheWriter.fieldName(query.constant());
            CodeBlock cache = taken.contains(field) ? CodeBlock.of("this.$N", field) : CodeBlock.of("$N", field);
            List<CacheWriter.KeyPart> key = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                key.add(new CacheWriter.KeyPart(names.get(i), query.parameters().get(i).keyedByValue()));
            }
            method.addCode("return $L;\n", CacheWriter.get(cache, key, value));
        } else {
            method.addCode("return $L;\n", value);
        }
        return method.build();
    }

    /**
     * Each parameter's name in the override: its own, or with {@code _} appended when it could
     * hide a name the body uses. Types are upper-case by convention, so an upper-case parameter
     * ({@code Sql}, {@code Columns}, {@code User_Mapping}) is renamed, as is a package root.
     */
    private static List<String> names(List<Parameter> parameters) {
        Set<String> declared = parameters.stream().map(Parameter::name).collect(Collectors.toSet());
        List<String> names = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String name = parameter.name();
            boolean hides = Character.isUpperCase(name.charAt(0)) || PACKAGE_ROOTS.contains(name);
            names.add(hides ? fresh(name + "_", declared) : name);
        }
        return names;
    }

    private static CodeBlock reader(QueryMethodModel query, Set<String> taken) {
        return RowReaders.of(query.result(), fresh("row", taken), fresh("entity", taken));
    }

    /** The constant, or {@code Sql.expand(CONSTANT, ids.size(), ...)} when collections expand. */
    private static CodeBlock expanded(QueryMethodModel query, List<String> names, CodeBlock constant) {
        if (!query.expands()) {
            return constant;
        }
        List<CodeBlock> sizes = new ArrayList<>();
        for (Bind bind : query.binds()) {
            if (bind.expands()) {
                sizes.add(CodeBlock.of("$N.size()", names.get(bind.parameter())));
            }
        }
        return CodeBlock.of("$T.expand($L, $L)", RuntimeTypes.SQL, constant, CodeBlock.join(sizes, ", "));
    }

    /**
     * The binder. Positions are fixed at generation time unless a value's position differs
     * between dialects (a collection's size, a null-safe equality a dialect binds twice): then
     * the binder counts them as it binds.
     */
    private static CodeBlock binder(QueryMethodModel query, List<String> names, String statement, String index,
            String value) {
        if (query.binds().isEmpty()) {
            return CodeBlock.of("$T.NONE", RuntimeTypes.STATEMENT_BINDER);
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$N -> {\n$>", statement);
        boolean counting = query.countsPositions();
        if (counting) {
            code.addStatement("int $N = 1", index);
        }
        int position = 1;
        for (Bind bind : query.binds()) {
            String parameter = names.get(bind.parameter());
            if (bind.expands()) {
                code.beginControlFlow("for ($T $N : $N)", bind.valueType().box(), value, parameter)
                        .addStatement(Bindings.bind(bind.kind().boxed(), statement, CodeBlock.of("$N++", index),
                                CodeBlock.of("$N", value)))
                        .endControlFlow();
                continue;
            }
            if (bind.shape() == ValueShape.NULL_SAFE) {
                code.addStatement("$N = $T.bind($N, $N, $N, $L)", index, RuntimeTypes.NULL_SAFE, statement, index,
                        parameter, Bindings.setterReference(bind.kind()));
                continue;
            }
            CodeBlock at = counting ? CodeBlock.of("$N++", index) : CodeBlock.of("$L", position++);
            if (bind.shape().boundByPatterns()) {
                code.addStatement("$T.$N($N, $L, $N)", RuntimeTypes.PATTERNS, bind.shape().patternMethod(), statement,
                        at, parameter);
                continue;
            }
            CodeBlock argument = bind.shape().patternMethod() == null ? CodeBlock.of("$N", parameter)
                    : CodeBlock.of("$T.$N($N)", RuntimeTypes.PATTERNS, bind.shape().patternMethod(), parameter);
            code.addStatement(Bindings.bind(bind.kind(), statement, at, argument));
        }
        return code.addStatement(counting ? CodeBlock.of("return $N", index) : CodeBlock.of("return $L", position))
                .add("$<}").build();
    }

    private static CodeBlock javadoc(QueryMethodModel query) {
        CodeBlock.Builder doc = CodeBlock.builder().add("Runs {@code $N}", query.constant());
        if (query.page() != null) {
            doc.add(" a page at a time, counting with {@code $N}", countConstant(query));
        }
        doc.add(". $L\n", tables(query.tables()));
        if (query.streams()) {
            doc.add("\n<p>The stream reads a row each time it is asked for one and holds a connection until it is "
                    + "closed (or read to its end): close it, with try-with-resources.\n");
        }
        if (query.cache() != null) {
            doc.add("\n<p>Cached for $L; a committed write to a table it reads evicts it.\n", query.cache().ttl().text());
        }
        for (String note : query.notes()) {
            doc.add("\n<p>$L\n", note);
        }
        return doc.build();
    }

    private static String tables(TableAccess tables) {
        if (!tables.verified() && tables.reads().isEmpty() && tables.writes().isEmpty()) {
            return "Its tables were not checked: SQLite was unavailable at compile time.";
        }
        String reads = tables.reads().isEmpty() ? "" : "Reads " + String.join(", ", tables.reads()) + ".";
        String writes = tables.writes().isEmpty() ? "" : "Writes " + String.join(", ", tables.writes()) + ".";
        return (reads + " " + writes).trim();
    }

    private static String countConstant(QueryMethodModel query) {
        return base(query) + "_COUNT_SQL";
    }

    private static String orderConstant(QueryMethodModel query) {
        return base(query) + "_ORDER_BY";
    }

    private static String base(QueryMethodModel query) {
        return query.constant().substring(0, query.constant().length() - "_SQL".length());
    }

    /** {@code name}, or {@code name_}, {@code name__}, ... when a parameter has that name. */
    private static String fresh(String name, Set<String> taken) {
        String candidate = name;
        while (taken.contains(candidate)) {
            candidate += "_";
        }
        return candidate;
    }
}
