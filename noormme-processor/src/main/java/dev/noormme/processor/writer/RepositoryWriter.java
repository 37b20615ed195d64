package dev.noormme.processor.writer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.RepositoryModel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Repository>_Impl}: every {@code CrudRepository} method delegating to one
 * {@code RepositorySupport} over the entity's mapping, then each query method in declaration order.
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
                .addField(FieldSpec.builder(support, "support", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.DATABASE, "database")
                        .addStatement("this.support = new $T<>(database, $T.INSTANCE)",
                                RuntimeTypes.REPOSITORY_SUPPORT, repository.entityMapping())
                        .build())
                .addMethod(delegate("insert", entity, entity, "entity"))
                .addMethod(delegate("insertAll", entities,
                        ParameterizedTypeName.get(COLLECTION, entity), "entities"))
                .addMethod(delegate("save", entity, entity, "entity"))
                .addMethod(delegate("update", TypeName.BOOLEAN, entity, "entity"))
                .addMethod(delegate("deleteById", TypeName.BOOLEAN, id, "id"))
                .addMethod(delegate("findById", ParameterizedTypeName.get(OPTIONAL, entity), id, "id"))
                .addMethod(delegate("findAll", entities, null, null))
                .addMethod(delegate("findAll", ParameterizedTypeName.get(RuntimeTypes.PAGE, entity),
                        RuntimeTypes.PAGE_REQUEST, "request"))
                .addMethod(delegate("count", TypeName.LONG, null, null))
                .addMethod(delegate("existsById", TypeName.BOOLEAN, id, "id"));
        for (QueryMethodModel query : repository.queries()) {
            QueryMethodWriter.addConstants(impl, query);
        }
        for (QueryMethodModel query : repository.queries()) {
            impl.addMethod(QueryMethodWriter.method(query));
        }
        return impl.build();
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
