package dev.noormme.processor.model;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * A valid {@code @Repository} interface, ready to be written as its {@code <Repo>_Impl}.
 *
 * @param type the repository interface
 * @param entity the entity type {@code T}
 * @param id the id type argument {@code ID}
 * @param entityMapping the entity's generated mapping
 * @param entityTable the entity's table, to order the ServiceFactory's mappings
 * @param queries the derived and {@code @Query} methods, in declaration order
 * @param caching the cached CRUD reads and the tables of the CRUD writes
 * @param slowQueryThresholds the {@code @SlowQueryThreshold}s of the repository and its methods
 */
public record RepositoryModel(
        ClassName type,
        TypeName entity,
        TypeName id,
        ClassName entityMapping,
        String entityTable,
        List<QueryMethodModel> queries,
        RepositoryCaching caching,
        SlowQueryThresholds slowQueryThresholds) {

    public RepositoryModel {
        queries = List.copyOf(queries);
    }

    /**
     * A repository with nothing cached, whose CRUD writes change the entity's table alone and whose
     * queries have the environment's slow-query threshold.
     */
    public RepositoryModel(ClassName type, TypeName entity, TypeName id, ClassName entityMapping, String entityTable,
            List<QueryMethodModel> queries) {
        this(type, entity, id, entityMapping, entityTable, queries, RepositoryCaching.none(), SlowQueryThresholds.none());
    }

    /**
     * The name its queries are monitored under, before the dot: {@code UsersRepository},
     * {@code Outer.UsersRepository} (the same start as each query method's display name).
     */
    public String monitorName() {
        return String.join(".", type.simpleNames());
    }

    /** The generated implementation's name: {@code UsersRepository_Impl}, {@code Outer_Inner_Impl}. */
    public ClassName implName() {
        return Names.generatedName(type, "_Impl");
    }

    /** The ServiceFactory accessor: lower-camel of the simple name. */
    public String accessorName() {
        return Names.lowerCamel(type.simpleName());
    }
}
