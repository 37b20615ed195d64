package dev.noormme.processor;

import com.squareup.javapoet.ClassName;
import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.Guard;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.MappingRef;
import dev.noormme.processor.model.MigrationModel;
import dev.noormme.processor.model.RepositoryModel;
import dev.noormme.processor.model.RetentionModel;
import dev.noormme.processor.model.ServiceFactoryModel;
import dev.noormme.processor.model.ServiceIndexModel;
import dev.noormme.processor.reader.AnnotationNames;
import dev.noormme.processor.reader.EntityReader;
import dev.noormme.processor.reader.MigrationReader;
import dev.noormme.processor.reader.RepositoryReader;
import dev.noormme.processor.sql.EntitySql;
import dev.noormme.processor.sql.SqlDialect;
import dev.noormme.processor.verifier.PostgresVerifier;
import dev.noormme.processor.verifier.SqlVerifier;
import dev.noormme.processor.writer.MappingWriter;
import dev.noormme.processor.writer.RepositoryWriter;
import dev.noormme.processor.writer.ServiceFactoryWriter;
import dev.noormme.processor.writer.ServiceIndexWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What one compilation has collected across rounds, and the order of work in a round: entities
 * first (repositories check against them), then repositories; the ServiceFactory once, in the
 * first round that brings no new annotated type.
 */
final class Compilation {

    private static final Set<String> RESERVED_ACCESSORS = Set.of("database", "repositories", "repository",
            "instance", "healthCheck", "close", "create", "initialize", "getInstance", "getClass", "hashCode",
            "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

    private final ProcessingEnvironment environment;
    private final Diagnostics diagnostics;
    private final Guard guard;
    private final Set<String> invalidEntities = new HashSet<>();
    private final EntityReader entityReader;
    private final SqlVerifier verifier;
    /** Present when the option {@code noormme.verify.postgresql} names a server to check PostgreSQL's SQL on. */
    private final Optional<PostgresVerifier> postgres;
    /** Valid entities by qualified name: of this compilation, or read again from the classpath. */
    private final Map<String, EntityModel> entityModels = new HashMap<>();
    /** The retention rule of each valid entity that has one, by mapping name. */
    private final Map<String, RetentionModel> retentionByMapping = new HashMap<>();
    private final RepositoryReader repositoryReader;
    /** Mapping name → reference, so each entity's mapping is listed once. */
    private final Map<String, MappingRef> mappings = new TreeMap<>();
    private final Map<String, RepositoryModel> repositories = new TreeMap<>();
    private final Map<String, String> accessorOwners = new TreeMap<>();
    private final Set<String> deferredRepositories = new LinkedHashSet<>();
    private final MigrationReader migrationReader;
    /** Valid migrations by qualified name; their versions are unique. */
    private final Map<String, MigrationModel> migrations = new TreeMap<>();
    /** A version's numbers (1.0 is 1) → the migration that has it. */
    private final Map<List<java.math.BigInteger>, String> versionOwners = new HashMap<>();
    private boolean factoryWritten;
    private final GeneratedSources sources;

    Compilation(ProcessingEnvironment environment, Diagnostics diagnostics, Guard guard, SqlVerifier.Connector connector) {
        this.environment = environment;
        this.diagnostics = diagnostics;
        this.guard = guard;
        this.entityReader = new EntityReader(diagnostics, environment.getElementUtils(), environment.getTypeUtils());
        this.verifier = new SqlVerifier(connector);
        this.postgres = Optional.ofNullable(environment.getOptions().get(NoormmeProcessor.VERIFY_POSTGRESQL_OPTION))
                .filter(url -> !url.isBlank())
                .map(PostgresVerifier::new);
        this.repositoryReader = new RepositoryReader(diagnostics, environment.getElementUtils(),
                environment.getTypeUtils(), invalidEntities, this::entityModel, this::entityOfTable, verifier, postgres);
        this.migrationReader = new MigrationReader(diagnostics, environment.getElementUtils(), environment.getTypeUtils());
        this.sources = new GeneratedSources(environment.getFiler(), guard);
    }

    /**
     * An entity compiled earlier (another module) has no model yet: it is read again, with its
     * messages dropped, since they belong to the build that compiled it.
     */
    private Optional<EntityModel> entityModel(TypeElement entity) {
        String name = entity.getQualifiedName().toString();
        EntityModel known = entityModels.get(name);
        if (known != null || invalidEntities.contains(name)) {
            return Optional.ofNullable(known);
        }
        Diagnostics quiet = new Diagnostics(new SilentMessager());
        Optional<EntityModel> model = new EntityReader(quiet, environment.getElementUtils(), environment.getTypeUtils())
                .read(entity);
        model.ifPresent(this::remember);
        return model;
    }

    private Optional<EntityModel> entityOfTable(String table) {
        return entityModels.values().stream().filter(model -> model.table().equalsIgnoreCase(table)).findFirst();
    }

    private void remember(EntityModel model) {
        entityModels.put(model.type().canonicalName(), model);
        model.retention().ifPresent(rule -> retentionByMapping.put(model.mappingName().canonicalName(), rule));
        verifier.addSchema(new EntitySql(model, SqlDialect.SQLITE).schema());
        postgres.ifPresent(server -> server.addSchema(new EntitySql(model, SqlDialect.POSTGRESQL).schema()));
    }

    void processRound(RoundEnvironment round) {
        List<TypeElement> entities = annotated(round, AnnotationNames.TABLE);
        List<TypeElement> repositoryTypes = annotated(round, AnnotationNames.REPOSITORY);
        for (String deferred : deferredRepositories) {
            Optional.ofNullable(environment.getElementUtils().getTypeElement(deferred)).ifPresent(repositoryTypes::add);
        }
        deferredRepositories.clear();
        for (TypeElement entity : entities) {
            boolean ok = guard.run(entity, () -> {
                Optional<EntityModel> model = entityReader.read(entity);
                if (model.isEmpty()) {
                    invalidEntities.add(entity.getQualifiedName().toString());
                } else {
                    writeEntity(entity, model.get());
                }
            });
            if (!ok) {
                invalidEntities.add(entity.getQualifiedName().toString());
            }
        }
        for (TypeElement repository : repositoryTypes) {
            if (!round.processingOver() && repositoryReader.waitsForGeneratedTypes(repository)) {
                deferredRepositories.add(repository.getQualifiedName().toString());
                continue;
            }
            guard.run(repository, () -> {
                Optional<RepositoryModel> model = repositoryReader.read(repository);
                if (model.isPresent()) {
                    writeRepository(repository, model.get());
                }
            });
        }
        List<TypeElement> migrationTypes = annotated(round, AnnotationNames.MIGRATION);
        migrationTypes.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
        for (TypeElement migration : migrationTypes) {
            guard.run(migration, () -> migrationReader.read(migration).ifPresent(model -> addMigration(migration, model)));
        }
        // Migrations generate nothing, so a round that only brings migrations is quiet: otherwise a
        // compilation of migrations alone would write the factory in the last round.
        boolean quietRound = entities.isEmpty() && repositoryTypes.isEmpty() && deferredRepositories.isEmpty();
        // The last round is a fallback only: javac warns about files created in it.
        boolean lastChance = round.processingOver() && diagnostics.errorCount() == 0;
        if (!factoryWritten && (!repositories.isEmpty() || !migrations.isEmpty()) && (quietRound || lastChance)) {
            factoryWritten = true;
            writeServiceFactory();
        }
        sources.flush();
        if (round.processingOver()) {
            sources.close();
            verifier.close();
            postgres.ifPresent(PostgresVerifier::close);
        }
    }

    private List<TypeElement> annotated(RoundEnvironment round, String annotation) {
        TypeElement type = environment.getElementUtils().getTypeElement(annotation);
        if (type == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(ElementFilter.typesIn(round.getElementsAnnotatedWith(type)));
    }

    private void writeEntity(TypeElement element, EntityModel model) {
        remember(model);
        sources.add(model.mappingName(), () -> new MappingWriter(model).write(), element);
        mappings.put(model.mappingName().canonicalName(), new MappingRef(model.table(), model.mappingName()));
    }

    private void writeRepository(TypeElement element, RepositoryModel model) {
        String accessor = model.accessorName();
        String owner = accessorOwners.putIfAbsent(accessor, model.type().canonicalName());
        if (owner != null || RESERVED_ACCESSORS.contains(accessor)) {
            diagnostics.error(element, ProcessorErrors.DUPLICATE_ACCESSOR, model.type().canonicalName(), accessor,
                    owner != null ? owner + " already has" : "the ServiceFactory uses for itself");
            return;
        }
        sources.add(model.implName(), () -> new RepositoryWriter(model).write(), element);
        repositories.put(model.type().canonicalName(), model);
        mappings.putIfAbsent(model.entityMapping().canonicalName(), new MappingRef(model.entityTable(), model.entityMapping()));
    }

    /** Keeps a valid migration unless another one of the compilation has its version (an error on the second). */
    private void addMigration(TypeElement element, MigrationModel model) {
        String owner = versionOwners.putIfAbsent(model.parts(), model.type().canonicalName());
        if (owner != null) {
            diagnostics.error(element, ProcessorErrors.MIGRATION_DUPLICATE_VERSION, model.type().canonicalName(),
                    model.version(), owner);
            return;
        }
        migrations.put(model.type().canonicalName(), model);
    }

    private void writeServiceFactory() {
        List<RepositoryModel> sorted = List.copyOf(repositories.values());
        List<MigrationModel> sortedMigrations = migrations.values().stream().sorted(MigrationModel.BY_VERSION).toList();
        List<MappingRef> sortedMappings = mappings.values().stream()
                .sorted(Comparator.comparing(MappingRef::table).thenComparing(m -> m.mapping().canonicalName()))
                .toList();
        Optional<String> option = Optional.ofNullable(environment.getOptions().get(NoormmeProcessor.PACKAGE_OPTION))
                .filter(value -> !value.isBlank());
        String packageName = option.orElseGet(() -> sorted.isEmpty() ? commonPackageOf(sortedMigrations.stream()
                .map(m -> m.type().packageName()).toList()) : commonPackage(sorted));
        if (!everyRepositoryVisibleFrom(packageName, sorted, option.isPresent())) {
            return;
        }
        List<RetentionModel> retention = sortedMappings.stream()
                .map(mapping -> retentionByMapping.get(mapping.mapping().canonicalName()))
                .filter(java.util.Objects::nonNull)
                .toList();
        ServiceFactoryModel factory = new ServiceFactoryModel(packageName, sorted, sortedMappings, sortedMigrations,
                retention);
        List<TypeElement> origins = new ArrayList<>();
        for (RepositoryModel repository : sorted) {
            Optional.ofNullable(environment.getElementUtils().getTypeElement(repository.type().canonicalName()))
                    .ifPresent(origins::add);
        }
        for (MigrationModel migration : sortedMigrations) {
            Optional.ofNullable(environment.getElementUtils().getTypeElement(migration.type().canonicalName()))
                    .ifPresent(origins::add);
        }
        if (origins.isEmpty()) { // never: every repository listed was read in this compilation
            return;
        }
        Element[] originating = origins.toArray(Element[]::new);
        ClassName factoryName = ClassName.get(packageName, "ServiceFactory");
        sources.add(factoryName, () -> new ServiceFactoryWriter(factory).write(), originating);
        ServiceIndexModel indexModel = new ServiceIndexModel(factoryName, sorted.stream().map(RepositoryModel::type).toList());
        sources.add(indexModel.indexClass(), () -> new ServiceIndexWriter(indexModel).write(), originating);
        guard.run(origins.get(0), () -> {
            FileObject services = environment.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    ServiceIndexModel.SERVICE_FILE, originating);
            try (Writer writer = services.openWriter()) {
                writer.write(new ServiceIndexWriter(indexModel).serviceFile());
            }
        });
    }

    /**
     * Reports each repository the factory could not name from {@code packageName}: one that is
     * not public (or sits in a type that is not) in another package. Its accessor would not compile.
     */
    private boolean everyRepositoryVisibleFrom(String packageName, List<RepositoryModel> repositories,
            boolean chosenByOption) {
        boolean visible = true;
        for (RepositoryModel repository : repositories) {
            TypeElement element = environment.getElementUtils().getTypeElement(repository.type().canonicalName());
            if (element == null || repository.type().packageName().equals(packageName)) {
                continue;
            }
            for (Element type = element; type instanceof TypeElement; type = type.getEnclosingElement()) {
                if (!type.getModifiers().contains(Modifier.PUBLIC)) {
                    diagnostics.error(element, ProcessorErrors.REPOSITORY_HIDDEN_FROM_FACTORY,
                            repository.type().canonicalName(), packageName,
                            chosenByOption ? "the noormme.package option" : "the longest common package of the repositories",
                            repository.type().simpleName(), repository.type().packageName(),
                            repository.type().packageName());
                    visible = false;
                    break;
                }
            }
        }
        return visible;
    }

    static String commonPackage(List<RepositoryModel> repositories) {
        return commonPackageOf(repositories.stream().map(repository -> repository.type().packageName()).toList());
    }

    private static String commonPackageOf(List<String> packages) {
        String[] common = null;
        int length = 0;
        for (String packageName : packages) {
            String[] parts = packageName.split("\\.");
            if (common == null) {
                common = parts;
                length = parts.length;
                continue;
            }
            int same = 0;
            while (same < length && same < parts.length && parts[same].equals(common[same])) {
                same++;
            }
            length = same;
        }
        return common == null ? "" : String.join(".", java.util.Arrays.copyOf(common, length));
    }
}
