package dev.noormme.processor.reader;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.CacheSettings;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.Names;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.RepositoryCaching;
import dev.noormme.processor.model.RepositoryModel;
import dev.noormme.processor.model.SlowQueryThresholds;
import dev.noormme.processor.verifier.PostgresVerifier;
import dev.noormme.processor.verifier.SqlVerifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Repository} interface into a {@link RepositoryModel}: finds its
 * {@code CrudRepository<T, ID>}, checks T and ID against the entity, and reads every other
 * abstract method as a derived query or a {@code @Query} method.
 */
public final class RepositoryReader {

    private final Diagnostics diagnostics;
    private final Elements elements;
    private final Types types;
    private final Set<String> invalidEntities;
    private final Function<TypeElement, Optional<EntityModel>> entityModels;
    private final QueryMethodReader queryMethods;
    private final CachingReader caching;
    private final SlowQueryThresholdReader thresholds;

    /**
     * @param invalidEntities qualified names of entities of this compilation that had errors: a
     *     repository of one is skipped without a further error, its entity's errors say it all
     * @param entityModels the model of a valid entity, read in this compilation or from the classpath
     * @param entityOfTable the valid entity whose table has a name (ignoring case), to name it in index advice
     * @param verifier checks query SQL against the entities' schema
     * @param postgres checks the PostgreSQL text too, when the option names a server
     */
    public RepositoryReader(Diagnostics diagnostics, Elements elements, Types types, Set<String> invalidEntities,
            Function<TypeElement, Optional<EntityModel>> entityModels,
            Function<String, Optional<EntityModel>> entityOfTable, SqlVerifier verifier,
            Optional<PostgresVerifier> postgres) {
        this.diagnostics = diagnostics;
        this.elements = elements;
        this.types = types;
        this.invalidEntities = invalidEntities;
        this.entityModels = entityModels;
        this.queryMethods = new QueryMethodReader(diagnostics, elements, types, verifier, postgres,
                entityOfTable);
        this.caching = new CachingReader(diagnostics, elements, verifier);
        this.thresholds = new SlowQueryThresholdReader(diagnostics, elements);
    }

    /** The repository's model, or empty when it had errors (all of them reported). */
    public Optional<RepositoryModel> read(TypeElement type) {
        AnnotationMirror annotation = Annotations.find(type, AnnotationNames.REPOSITORY).orElseThrow();
        if (type.getKind() != ElementKind.INTERFACE) {
            diagnostics.error(type, annotation, ProcessorErrors.REPOSITORY_NOT_INTERFACE,
                    type.getKind().name().toLowerCase(java.util.Locale.ROOT), type.getQualifiedName(),
                    type.getSimpleName());
            return Optional.empty();
        }
        int errorsBefore = diagnostics.errorCount();
        if (type.getModifiers().contains(Modifier.PRIVATE) || !type.getTypeParameters().isEmpty()) {
            diagnostics.error(type, ProcessorErrors.REPOSITORY_NOT_IMPLEMENTABLE, type.getQualifiedName(),
                    type.getModifiers().contains(Modifier.PRIVATE) ? "private" : "generic");
        }
        TypeElement crud = elements.getTypeElement(AnnotationNames.CRUD_REPOSITORY);
        if (crud == null) {
            diagnostics.error(type, annotation, ProcessorErrors.CRUD_REPOSITORY_MISSING, type.getQualifiedName());
            return Optional.empty();
        }
        Optional<DeclaredType> crudType = findSupertype(type.asType(), crud);
        if (crudType.isEmpty()) {
            diagnostics.error(type, ProcessorErrors.REPOSITORY_NOT_CRUD, type.getQualifiedName());
            return Optional.empty();
        }
        List<ExecutableElement> queries = checkMethods(type, crud, (DeclaredType) type.asType());
        Optional<RepositoryModel> model = readEntity(type, crudType.get());
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Optional<CacheSettings> repositoryCache = caching.settings(type, type.getSimpleName().toString());
        Map<String, CacheSettings> crudReads = caching.crudReads(type, crud, repositoryCache, model.get().entityTable());
        List<QueryMethodModel> read = readQueries(type, crudType.get(), queries, repositoryCache);
        RepositoryModel repository = model.get();
        SlowQueryThresholds slowQueryThresholds = thresholds.read(type, repository.monitorName());
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        RepositoryCaching cached = entityModels.apply((TypeElement) types.asElement(crudType.get().getTypeArguments().get(0)))
                .map(entity -> caching.caching(entity, crudReads))
                .orElseGet(RepositoryCaching::none);
        return Optional.of(new RepositoryModel(repository.type(), repository.entity(), repository.id(),
                repository.entityMapping(), repository.entityTable(), read, cached, slowQueryThresholds));
    }

    private List<QueryMethodModel> readQueries(TypeElement type, DeclaredType crudType, List<ExecutableElement> methods,
            Optional<CacheSettings> repositoryCache) {
        if (methods.isEmpty()) {
            return List.of();
        }
        DeclaredType entityType = (DeclaredType) crudType.getTypeArguments().get(0);
        Optional<EntityModel> entity = entityModels.apply((TypeElement) entityType.asElement());
        if (entity.isEmpty()) {
            return List.of(); // the entity's own errors were reported where it is declared
        }
        // Declaration order makes the generated file follow the interface; inherited methods come after.
        List<? extends Element> declared = type.getEnclosedElements();
        List<ExecutableElement> ordered = new ArrayList<>(methods);
        ordered.sort(java.util.Comparator.comparingInt(m -> declared.contains(m)
                ? declared.indexOf(m) : declared.size() + methods.indexOf(m)));
        Set<String> constants = new HashSet<>();
        List<QueryMethodModel> models = new ArrayList<>();
        for (ExecutableElement method : ordered) {
            queryMethods.read(method, type, (DeclaredType) type.asType(), entity.get(), entityType, constants)
                    .flatMap(model -> caching.forQuery(method, model, repositoryCache))
                    .ifPresent(models::add);
        }
        return models;
    }

    /**
     * True when the repository's entity or id type is not generated yet (another processor writes
     * it in a later round): reading it now would report a wrong error.
     */
    public boolean waitsForGeneratedTypes(TypeElement type) {
        TypeElement crud = elements.getTypeElement(AnnotationNames.CRUD_REPOSITORY);
        if (crud == null || type.getKind() != ElementKind.INTERFACE) {
            return false;
        }
        for (TypeMirror supertype : type.getInterfaces()) {
            if (supertype.getKind() == TypeKind.ERROR) {
                return true;
            }
        }
        return findSupertype(type.asType(), crud)
                .map(crudType -> crudType.getTypeArguments().stream().anyMatch(t -> t.getKind() == TypeKind.ERROR))
                .orElse(false);
    }

    private Optional<DeclaredType> findSupertype(TypeMirror start, TypeElement crud) {
        Deque<TypeMirror> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            TypeMirror current = pending.removeFirst();
            if (current.getKind() == TypeKind.DECLARED
                    && ((DeclaredType) current).asElement().equals(crud)) {
                return Optional.of((DeclaredType) current);
            }
            pending.addAll(types.directSupertypes(current));
        }
        return Optional.empty();
    }

    private Optional<RepositoryModel> readEntity(TypeElement type, DeclaredType crudType) {
        TypeMirror entity = crudType.getTypeArguments().get(0);
        TypeMirror id = crudType.getTypeArguments().get(1);
        Element entityElement = entity.getKind() == TypeKind.DECLARED ? types.asElement(entity) : null;
        Optional<AnnotationMirror> table = entityElement == null
                ? Optional.empty() : Annotations.find(entityElement, AnnotationNames.TABLE);
        if (table.isEmpty()) {
            diagnostics.error(type, ProcessorErrors.REPOSITORY_ENTITY_NOT_TABLE, type.getQualifiedName(), entity, entity);
            return Optional.empty();
        }
        TypeElement entityType = (TypeElement) entityElement;
        if (invalidEntities.contains(entityType.getQualifiedName().toString())) {
            return Optional.empty();
        }
        Optional<Element> idElement = findId(entityType);
        if (idElement.isEmpty()) {
            return Optional.empty(); // the entity's own NO_ID error says it; it is compiled elsewhere otherwise
        }
        TypeMirror idType = idElement.get().asType();
        TypeMirror boxedId = idType.getKind().isPrimitive()
                ? types.boxedClass((PrimitiveType) idType).asType() : idType;
        if (!types.isSameType(boxedId, id)) {
            diagnostics.error(type, ProcessorErrors.REPOSITORY_ID_MISMATCH, type.getQualifiedName(), id,
                    idElement.get().getSimpleName(), entity, idType, entityType.getSimpleName(),
                    types.asElement(boxedId).getSimpleName());
            return Optional.empty();
        }
        String tableName = Annotations.stringValue(table.get(), "value", "");
        if (tableName.isEmpty()) {
            tableName = Names.snakeCase(entityType.getSimpleName().toString());
        }
        ClassName entityName = ClassName.get(entityType);
        return Optional.of(new RepositoryModel(ClassName.get(type), entityName, TypeName.get(boxedId),
                Names.generatedName(entityName, "_Mapping"), tableName, List.of()));
    }

    private static Optional<Element> findId(TypeElement entity) {
        List<? extends Element> members = entity.getKind() == ElementKind.RECORD
                ? entity.getRecordComponents() : ElementFilter.fieldsIn(entity.getEnclosedElements());
        for (Element member : members) {
            if (Annotations.has(member, AnnotationNames.ID)) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }

    /** Checks re-declared CrudRepository methods; returns the others, the query methods, in order. */
    private List<ExecutableElement> checkMethods(TypeElement type, TypeElement crud, DeclaredType repositoryType) {
        List<ExecutableElement> queries = new ArrayList<>();
        List<ExecutableElement> crudMethods = ElementFilter.methodsIn(crud.getEnclosedElements());
        TypeElement object = elements.getTypeElement("java.lang.Object");
        List<ExecutableElement> objectMethods = ElementFilter.methodsIn(object.getEnclosedElements());
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT) || method.getEnclosingElement().equals(crud)) {
                continue;
            }
            if (objectMethods.stream().anyMatch(o -> elements.overrides(method, o, type))) {
                continue;
            }
            Optional<ExecutableElement> overridden = crudMethods.stream()
                    .filter(c -> elements.overrides(method, c, type))
                    .findFirst();
            if (overridden.isEmpty()) {
                queries.add(method);
                continue;
            }
            if (Annotations.has(method, AnnotationNames.QUERY)) {
                diagnostics.error(method, ProcessorErrors.QUERY_ON_CRUD_METHOD, method.getSimpleName());
                continue;
            }
            TypeMirror expected = ((ExecutableType) types.asMemberOf(repositoryType,
                    overridden.get())).getReturnType();
            TypeMirror actual = ((ExecutableType) types.asMemberOf(repositoryType, method))
                    .getReturnType();
            if (!types.isSameType(expected, actual)) {
                diagnostics.error(method, ProcessorErrors.REPOSITORY_CHANGED_RETURN, method.getSimpleName(),
                        type.getQualifiedName(), actual, expected);
            }
        }
        return queries;
    }
}
