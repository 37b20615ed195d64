package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import dev.noormme.processor.model.CacheSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import javax.lang.model.element.Modifier;

/**
 * The query-cache part of a generated repository. Its contract with the runtime:
 * <ul>
 * <li>a {@code @Cached} method has a field {@code private final CachedQuery<R> <method>Cache},
 *     made in the constructor by {@code support.cached("<Repository>.<method>", <ttl>, <tables read>...)},
 *     or {@code support.cached("<Repository>.<method>", <ttl>, <staleIfError>, <tables read>...)} when
 *     {@code @Cached} names a stale-if-error allowance (without one, the database's setting applies);
 * <li>its body is {@code return <method>Cache.get(<arguments>, () -> <the uncached call>);}, the
 *     arguments being none, the one parameter, or {@code new Object[] {...}} in parameter order;
 *     an array or collection parameter goes in as {@code CachedQuery.byValue(<parameter>)}, a copy
 *     compared by value (the runtime takes the others as they are: telling them apart at run time
 *     would cost a hit more than the lookup itself);
 * <li>every write passes the tables it changes: {@code support.update(name, sql, binder, tables...)}
 *     for a query method, a {@code CrudWrites} constant for CRUD writes that reach tables besides
 *     the entity's (without one, they change the entity's table alone);
 * <li>{@code "*"} stands for tables the processor could not know (SQLite unavailable at compile time).
 * </ul>
 */
final class CacheWriter {

    private static final String[] CRUD_WRITES = {"insert", "save", "update", "deleteById"};

    private CacheWriter() {
    }

    /** {@code FIND_BY_EMAIL_SQL} → {@code findByEmailCache}; {@code findById} → {@code findByIdCache}. */
    static String fieldName(String constantOrMethod) {
        if (!constantOrMethod.endsWith("_SQL")) {
            return constantOrMethod + "Cache";
        }
        String[] words = constantOrMethod.substring(0, constantOrMethod.length() - "_SQL".length())
                .toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
        }
        return name.append("Cache").toString();
    }

    static FieldSpec field(String name, TypeName returns) {
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.CACHED_QUERY, returns.box()), name,
                Modifier.PRIVATE, Modifier.FINAL).build();
    }

    /**
     * {@code this.findByIdCache = support.cached("Users.findById", Duration.ofMinutes(5), "users");}, with
     * the stale-if-error allowance after the ttl when there is one.
     */
    static CodeBlock init(String field, String displayName, CacheSettings settings, Collection<String> tables) {
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$S", displayName));
        arguments.add(DurationCode.of(settings.ttl()));
        if (settings.staleIfError() != null) {
            arguments.add(DurationCode.of(settings.staleIfError()));
        }
        for (String table : tables.isEmpty() ? List.of("*") : tables) {
            arguments.add(CodeBlock.of("$S", table));
        }
        return CodeBlock.of("this.$N = support.cached($L);\n", field, CodeBlock.join(arguments, ", "));
    }

    /** One argument of a cached call: the parameter's name, and whether the key copies it by value. */
    record KeyPart(String name, boolean byValue) {

        CodeBlock code() {
            return byValue ? CodeBlock.of("$T.byValue($N)", RuntimeTypes.CACHED_QUERY, name) : CodeBlock.of("$N", name);
        }
    }

    /** {@code <field>.get(<arguments>, () -> <call>)}. */
    static CodeBlock get(CodeBlock field, List<KeyPart> parameters, CodeBlock call) {
        CodeBlock loader = CodeBlock.of("() -> $L", call);
        if (parameters.isEmpty()) {
            return CodeBlock.of("$L.get($L)", field, loader);
        }
        if (parameters.size() == 1) {
            return CodeBlock.of("$L.get($L, $L)", field, parameters.get(0).code(), loader);
        }
        List<CodeBlock> arguments = parameters.stream().map(KeyPart::code).toList();
        return CodeBlock.of("$L.get(new Object[] {$L}, $L)", field, CodeBlock.join(arguments, ", "), loader);
    }

    /** {@code CrudWrites.of("artists").deleteById("albums", "artists")}, or null when every write changes the entity's table alone. */
    static CodeBlock crudWrites(String entityTable, Map<String, SortedSet<String>> writes) {
        if (writes.isEmpty()) {
            return null;
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S)", RuntimeTypes.CRUD_WRITES, entityTable);
        for (String write : CRUD_WRITES) {
            SortedSet<String> tables = writes.get(write);
            if (tables != null) {
                code.add(".$N($L)", write, CodeBlock.join(tables.stream().map(t -> CodeBlock.of("$S", t)).toList(), ", "));
            }
        }
        return code.build();
    }

    /** {@code , "invoices"}: the tables a query method writes, as the last arguments of {@code support.update}. */
    static CodeBlock tablesWritten(Collection<String> tables) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (String table : tables.isEmpty() ? List.of("*") : tables) {
            code.add(", $S", table);
        }
        return code.build();
    }
}
