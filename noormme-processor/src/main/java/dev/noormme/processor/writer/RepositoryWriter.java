package dev.noormme.processor.writer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.noormme.processor.model.CacheSettings;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.RepositoryModel;
import dev.noormme.processor.model.SlowQueryThresholds;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Repository>_Impl}: one {@code RepositorySupport} over the entity's mapping, named
 * as the repository so the monitor counts its CRUD methods as {@code <Repository>.findById} and so
 * on, given the repository's slow-query thresholds; every {@code CrudRepository} method delegating
 * to it, then each query method in declaration order.
 */
public final class RepositoryWriter {

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName COLLECTION = ClassName.get(Collection.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);

    private final RepositoryModel repository;

    public RepositoryWriter(RepositoryModel repository) {
        this.repository = repository;
    }

    /** The implementation type; its package is the repository's. */
    public TypeSpec write() {
        TypeName entity = repository.entity();
        TypeName id = repository.id();
        TypeName support = ParameterizedTypeName.get(RuntimeTypes.REPOSITORY_SUPPORT, entity, id);
        TypeName entities = ParameterizedTypeName.get(LIST, entity);
        TypeSpec.Builder impl = TypeSpec.classBuilder(repository.implName())
                .addJavadoc("The generated implementation of {@link $T}. Thread-safe: one instance may be\n"
                        + "shared by every thread; each call joins the calling thread's transaction.\n", repository.type())
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(repository.type())
                .addField(FieldSpec.builder(support, "support", Modifier.PRIVATE, Modifier.FINAL).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.DATABASE, "database");
        CodeBlock crudWrites = CacheWriter.crudWrites(repository.entityTable(), repository.caching().crudWrites());
        if (crudWrites == null) {
            constructor.addStatement("this.support = new $T<>(database, $T.INSTANCE, $S)",
                    RuntimeTypes.REPOSITORY_SUPPORT, repository.entityMapping(), repository.monitorName());
        } else {
            impl.addField(FieldSpec.builder(RuntimeTypes.CRUD_WRITES, "CRUD_WRITES", Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The tables each CRUD write changes, foreign-key cascades and triggers included.\n")
                    .initializer(crudWrites).build());
            constructor.addStatement("this.support = new $T<>(database, $T.INSTANCE, CRUD_WRITES, $S)",
                    RuntimeTypes.REPOSITORY_SUPPORT, repository.entityMapping(), repository.monitorName());
        }
        SlowQueryThresholds thresholds = repository.slowQueryThresholds();
        if (thresholds.repository() != null) {
            constructor.addStatement("support.slowQueryThreshold($L)", DurationCode.of(thresholds.repository()));
        }
        thresholds.queries().forEach((name, threshold) ->
                constructor.addStatement("support.slowQueryThreshold($S, $L)", name, DurationCode.of(threshold)));
        Map<String, CacheSettings> crudReads = repository.caching().crudReads();
        TypeName page = ParameterizedTypeName.get(RuntimeTypes.PAGE, entity);
        TypeName optional = ParameterizedTypeName.get(OPTIONAL, entity);
        Object[][] reads = {{"findById", optional}, {"findAll", entities}, {"findAllPage", page},
            {"count", TypeName.LONG}, {"existsById", TypeName.BOOLEAN}};
        for (Object[] read : reads) {
            CacheSettings settings = crudReads.get((String) read[0]);
            if (settings != null) {
                String field = CacheWriter.fieldName((String) read[0]);
                impl.addField(CacheWriter.field(field, (TypeName) read[1]));
                constructor.addCode(CacheWriter.init(field, displayName((String) read[0]), settings,
                        List.of(repository.entityTable())));
            }
        }
        for (QueryMethodModel query : repository.queries()) {
            if (query.cache() != null) {
                String field = CacheWriter.fieldName(query.constant());
                impl.addField(CacheWriter.field(field, query.returnType()));
                constructor.addCode(CacheWriter.init(field, query.displayName(), query.cache(),
                        query.tables().reads()));
            }
        }
        impl.addMethod(constructor.build())
                .addMethod(delegate("insert", entity, entity, "entity"))
                .addMethod(delegate("insertAll", entities,
                        ParameterizedTypeName.get(COLLECTION, entity), "entities"))
                .addMethod(delegate("save", entity, entity, "entity"))
                .addMethod(delegate("update", TypeName.BOOLEAN, entity, "entity"))
                .addMethod(delegate("deleteById", TypeName.BOOLEAN, id, "id"))
                .addMethod(read("findById", "findById", optional, id, "id"))
                .addMethod(read("findAll", "findAll", entities, null, null))
                .addMethod(read("findAllPage", "findAll", page, RuntimeTypes.PAGE_REQUEST, "request"))
                .addMethod(read("count", "count", TypeName.LONG, null, null))
                .addMethod(read("existsById", "existsById", TypeName.BOOLEAN, id, "id"));
        for (QueryMethodModel query : repository.queries()) {
            QueryMethodWriter.addConstants(impl, query);
        }
        for (QueryMethodModel query : repository.queries()) {
            impl.addMethod(QueryMethodWriter.method(query));
        }
        return impl.build();
    }

    /** A CRUD read: delegated, or through its cache when it is {@code @Cached}. */
    private MethodSpec read(String key, String name, TypeName returns, TypeName parameterType, String parameter) {
        if (!repository.caching().crudReads().containsKey(key)) {
            return delegate(name, returns, parameterType, parameter);
        }
        MethodSpec.Builder method = MappingWriter.override(name, returns);
        CodeBlock call = parameter == null ? CodeBlock.of("support.$N()", name) : CodeBlock.of("support.$N($N)", name, parameter);
        if (parameter != null) {
            method.addParameter(parameterType, parameter);
        }
        return method.addStatement("return $L", CacheWriter.get(CodeBlock.of("$N", CacheWriter.fieldName(key)),
                parameter == null ? List.of() : List.of(new CacheWriter.KeyPart(parameter, false)), call)).build();
    }

    /** {@code Outer.UsersRepository.findById}, as the query methods' display names. */
    private String displayName(String method) {
        return repository.monitorName() + "." + method;
    }

    private static MethodSpec delegate(String name, TypeName returns, TypeName parameterType, String parameter) {
        MethodSpec.Builder method = MappingWriter.override(name, returns);
        if (parameter == null) {
            return method.addStatement("return support.$N()", name).build();
        }
        return method.addParameter(parameterType, parameter)
                .addStatement("return support.$N($N)", name, parameter)
                .build();
    }
}
