package dev.noormme.processor.writer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import dev.noormme.processor.model.MappingRef;
import dev.noormme.processor.model.RepositoryModel;
import dev.noormme.processor.model.RetentionModel;
import dev.noormme.processor.model.ServiceFactoryModel;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes the compilation's {@code ServiceFactory}: the database, every repository, and a singleton. */
public final class ServiceFactoryWriter {

    private static final TypeName REGISTRY = ParameterizedTypeName.get(ClassName.get(Map.class),
            ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
            ClassName.OBJECT);

    private static final ClassName VERSIONED_MIGRATION = ClassName.get("dev.noormme.migration", "VersionedMigration");
    private static final ClassName RETENTION_RULE = ClassName.get("dev.noormme.optimize", "RetentionRule");
    private static final ClassName TIME_STORAGE = RETENTION_RULE.nestedClass("TimeStorage");
    private static final ClassName MIGRATION_EXCEPTION = ClassName.get("dev.noormme.migration", "MigrationException");

    private final ServiceFactoryModel model;
    private final ClassName name;

    public ServiceFactoryWriter(ServiceFactoryModel model) {
        this.model = model;
        this.name = ClassName.get(model.packageName(), "ServiceFactory");
    }

    /** The ServiceFactory type, in {@link ServiceFactoryModel#packageName()}. */
    public TypeSpec write() {
        TypeSpec.Builder factory = TypeSpec.classBuilder(name)
                .addJavadoc("Opens the database and builds every repository of this application.\n\n"
                        + "<p>Thread-safe: every method may be called from any thread, and the repositories it\n"
                        + "returns may be shared by every thread. {@link #initialize} and {@link #getInstance}\n"
                        + "manage one process-wide instance; {@link #create} makes independent ones.\n")
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addField(FieldSpec.builder(String.class, "KNOWN_REPOSITORIES",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", model.repositories().stream()
                                .map(r -> r.type().canonicalName()).collect(Collectors.joining(", ")))
                        .build())
                .addField(FieldSpec.builder(name, "instance", Modifier.PRIVATE, Modifier.STATIC)
                        .addJavadoc("The process-wide instance; guarded by the class lock.\n").build())
                .addField(RuntimeTypes.DATABASE, "database", Modifier.PRIVATE, Modifier.FINAL);
        for (RepositoryModel repository : model.repositories()) {
            factory.addField(repository.type(), repository.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
        }
        factory.addField(REGISTRY, "repositories", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor())
                .addMethod(create())
                .addMethod(openDatabase())
                .addMethod(initialize())
                .addMethod(getInstance())
                .addMethod(MethodSpec.methodBuilder("database")
                        .addJavadoc("The database every repository of this factory uses.\n")
                        .addModifiers(Modifier.PUBLIC).returns(RuntimeTypes.DATABASE)
                        .addStatement("return database").build());
        for (RepositoryModel repository : model.repositories()) {
            factory.addMethod(MethodSpec.methodBuilder(repository.accessorName())
                    .addJavadoc("The {@link $T}.\n", repository.type())
                    .addModifiers(Modifier.PUBLIC).returns(repository.type())
                    .addStatement("return $N", repository.accessorName()).build());
        }
        return factory.addMethod(repository())
                .addMethod(MethodSpec.methodBuilder("healthCheck")
                        .addJavadoc("The database's health report.\n")
                        .addModifiers(Modifier.PUBLIC).returns(RuntimeTypes.HEALTH_REPORT)
                        .addStatement("return database.healthCheck()").build())
                .addMethod(close())
                .build();
    }

    private MethodSpec constructor() {
        // Package-private: the generated ServiceIndex builds a factory over a database an integration opened.
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("A factory over {@code database}, which it closes when it is closed.\n")
                .addParameter(RuntimeTypes.DATABASE, "database")
                .addStatement("this.database = database");
        for (RepositoryModel repository : model.repositories()) {
            constructor.addStatement("this.$N = new $T(database)", repository.accessorName(), repository.implName());
        }
        constructor.addStatement("$T byType = new $T<>()", REGISTRY, LinkedHashMap.class);
        for (RepositoryModel repository : model.repositories()) {
            constructor.addStatement("byType.put($T.class, $N)", repository.type(), repository.accessorName());
        }
        return constructor.addStatement("this.repositories = $T.unmodifiableMap(byType)", Collections.class).build();
    }

    private MethodSpec create() {
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(RuntimeTypes.DATABASE_CONFIG, "config");
        if (model.migrations().isEmpty()) {
            create.addJavadoc("Opens the database described by {@code config}, creating the tables of every entity,\n"
                    + "and builds every repository. The caller closes the returned factory.\n");
        } else {
            create.addJavadoc("Opens the database described by {@code config}, running its pending migrations (SQL\n"
                    + "files and the {@code @Migration} classes listed here, in version order), and builds\n"
                    + "every repository. The caller closes the returned factory.\n");
        }
        if (!model.retention().isEmpty()) {
            create.addJavadoc("\n<p>Rows older than their entity's {@code @RetentionPeriod} ($L) are deleted by\n"
                    + "{@code database().optimizer()}.\n", model.retention().stream()
                    .map(rule -> rule.table() + "." + rule.column() + " " + rule.text())
                    .collect(Collectors.joining(", ")));
        }
        if (!model.migrations().isEmpty()) {
            create.addJavadoc("\n@throws $T when a migration fails\n", MIGRATION_EXCEPTION);
        }
        return create
                .addStatement("$T database = openDatabase(config)", RuntimeTypes.DATABASE)
                .beginControlFlow("try")
                .addStatement("return new $T(database)", name)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addComment("Without this the connections would leak: nobody else holds the database yet.")
                .addStatement("database.close()")
                .addStatement("throw e")
                .endControlFlow()
                .build();
    }

    /** The one place that opens the database with this compilation's mappings, migrations and retention rules. */
    private MethodSpec openDatabase() {
        List<CodeBlock> mappings = model.mappings().stream()
                .map(MappingRef::mapping)
                .map(mapping -> CodeBlock.of("$T.INSTANCE", mapping))
                .toList();
        List<CodeBlock> migrations = model.migrations().stream()
                .map(m -> CodeBlock.of("new $T($S, $S, new $T())", VERSIONED_MIGRATION, m.version(), m.description(),
                        m.type()))
                .toList();
        CodeBlock arguments = CodeBlock.of("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(mappings, ",\n"));
        if (!model.migrations().isEmpty() || !model.retention().isEmpty()) {
            arguments = CodeBlock.of("$L, $L", arguments, list(migrations));
        }
        if (!model.retention().isEmpty()) {
            arguments = CodeBlock.of("$L, $L", arguments, list(model.retention().stream().map(this::rule).toList()));
        }
        return MethodSpec.methodBuilder("openDatabase")
                .addJavadoc("Opens the database as {@link #create} does, without building the repositories; also\n"
                        + "called by the generated {@code ServiceFactory_Index}.\n")
                .addModifiers(Modifier.STATIC)
                .returns(RuntimeTypes.DATABASE)
                .addParameter(RuntimeTypes.DATABASE_CONFIG, "config")
                .addStatement("$T.requireNonNull(config, $S)", Objects.class, "config")
                .addCode("return $T.open(config, $L);\n", RuntimeTypes.DATABASE, arguments)
                .build();
    }

    private static CodeBlock list(List<CodeBlock> elements) {
        return elements.isEmpty() ? CodeBlock.of("$T.of()", List.class)
                : CodeBlock.of("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(elements, ",\n"));
    }

    /** {@code new RetentionRule("audit_events", "created_at", TimeStorage.INSTANT, Duration.ofDays(90))}. */
    private CodeBlock rule(RetentionModel retention) {
        String factory = switch (retention.unit()) {
            case MILLIS -> "ofMillis";
            case SECONDS -> "ofSeconds";
            case MINUTES -> "ofMinutes";
            case HOURS -> "ofHours";
            default -> "ofDays";
        };
        return CodeBlock.of("new $T($S, $S, $T.$L, $T.$L($L))", RETENTION_RULE, retention.table(), retention.column(),
                TIME_STORAGE, retention.storage().name(), Duration.class, factory, retention.amount());
    }

    private MethodSpec initialize() {
        return MethodSpec.methodBuilder("initialize")
                .addJavadoc("Creates the process-wide factory that {@link #getInstance()} returns.\n\n"
                        + "@throws IllegalStateException when one is already initialized and not closed\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.SYNCHRONIZED)
                .returns(name)
                .addParameter(RuntimeTypes.DATABASE_CONFIG, "config")
                .beginControlFlow("if (instance != null)")
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "ServiceFactory is already initialized; close() it before initializing it again")
                .endControlFlow()
                .addStatement("instance = create(config)")
                .addStatement("return instance")
                .build();
    }

    private MethodSpec getInstance() {
        return MethodSpec.methodBuilder("getInstance")
                .addJavadoc("The process-wide factory.\n\n"
                        + "@throws IllegalStateException when {@link #initialize} has not been called, or it was closed\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.SYNCHRONIZED)
                .returns(name)
                .beginControlFlow("if (instance == null)")
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        "ServiceFactory is not initialized: call ServiceFactory.initialize(config) first")
                .endControlFlow()
                .addStatement("return instance")
                .build();
    }

    private MethodSpec repository() {
        TypeVariableName r = TypeVariableName.get("R");
        return MethodSpec.methodBuilder("repository")
                .addJavadoc("The repository of that interface.\n\n"
                        + "@throws IllegalArgumentException when this factory has no such repository\n")
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(r)
                .returns(r)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), r), "type")
                .addStatement("$T repository = repositories.get(type)", Object.class)
                .beginControlFlow("if (repository == null)")
                .addStatement("throw new $T($S + type.getName() + $S + KNOWN_REPOSITORIES)",
                        IllegalArgumentException.class, "No repository ", " in this ServiceFactory; it has: ")
                .endControlFlow()
                .addStatement("return type.cast(repository)")
                .build();
    }

    private MethodSpec close() {
        return MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the database, releasing every connection and thread; when this is the\n"
                        + "process-wide factory, {@link #initialize} may be called again afterwards.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .beginControlFlow("synchronized ($T.class)", name)
                .beginControlFlow("if (instance == this)")
                .addStatement("instance = null")
                .endControlFlow()
                .endControlFlow()
                .addStatement("database.close()")
                .build();
    }
}
