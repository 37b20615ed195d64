package dev.noormme.processor.model;

import java.util.List;

/**
 * The one ServiceFactory of a compilation.
 *
 * @param packageName its package
 * @param repositories every valid repository, sorted by qualified name
 * @param mappings every entity mapping, sorted by table
 * @param migrations every {@code @Migration} class, sorted by version
 */
public record ServiceFactoryModel(String packageName, List<RepositoryModel> repositories, List<MappingRef> mappings,
        List<MigrationModel> migrations) {

    public ServiceFactoryModel {
        repositories = List.copyOf(repositories);
        mappings = List.copyOf(mappings);
        migrations = List.copyOf(migrations);
    }

    /** A factory without migrations. */
    public ServiceFactoryModel(String packageName, List<RepositoryModel> repositories, List<MappingRef> mappings) {
        this(packageName, repositories, mappings, List.of());
    }
}
