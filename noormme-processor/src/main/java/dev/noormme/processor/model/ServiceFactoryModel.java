package dev.noormme.processor.model;

import java.util.List;

/**
 * The one ServiceFactory of a compilation.
 *
 * @param packageName its package
 * @param repositories every valid repository, sorted by qualified name
 * @param mappings every entity mapping, sorted by table
 * @param migrations every {@code @Migration} class, sorted by version
 * @param retention the {@code @RetentionPeriod} of every listed entity, sorted by table
 */
public record ServiceFactoryModel(String packageName, List<RepositoryModel> repositories, List<MappingRef> mappings,
        List<MigrationModel> migrations, List<RetentionModel> retention) {

    public ServiceFactoryModel {
        repositories = List.copyOf(repositories);
        mappings = List.copyOf(mappings);
        migrations = List.copyOf(migrations);
        retention = List.copyOf(retention);
    }
}
