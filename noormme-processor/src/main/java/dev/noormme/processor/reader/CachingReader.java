package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.AnnotatedDuration;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.RepositoryCaching;
import dev.noormme.processor.verifier.SqlVerifier;
import dev.noormme.processor.verifier.Verification;
import dev.noormme.processor.writer.CrudWriteSql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Cached} on a repository and its methods: parses each ttl once, refuses it on a
 * write, and has SQLite {@code EXPLAIN} the CRUD writes so each declares every table it changes
 * (foreign-key cascades and triggers included). Errors go on the annotation or its value.
 */
final class CachingReader {

    private static final Set<String> CRUD_WRITES = Set.of("insert", "insertAll", "save", "update", "deleteById");

    private final Diagnostics diagnostics;
    private final Elements elements;
    private final SqlVerifier verifier;

    CachingReader(Diagnostics diagnostics, Elements elements, SqlVerifier verifier) {
        this.diagnostics = diagnostics;
        this.elements = elements;
        this.verifier = verifier;
    }

    /** The ttl of {@code @Cached} on {@code element}; empty when absent or refused (reported). */
    Optional<AnnotatedDuration> ttl(Element element, String where) {
        return Annotations.find(element, AnnotationNames.CACHED).flatMap(cached -> DurationParser.read(diagnostics,
                element, cached, "ttl", ProcessorErrors.CACHED_BAD_DURATION, where,
                "a cached result must live longer than 0"));
    }

    /**
     * The cached CRUD reads ({@code @Cached} on a re-declaration, else the repository's ttl);
     * reports {@code @Cached} on a re-declared CRUD write.
     */
    Map<String, AnnotatedDuration> crudReads(TypeElement repository, TypeElement crud, Optional<AnnotatedDuration> repositoryTtl,
            String entityTable) {
        Map<String, AnnotatedDuration> reads = new LinkedHashMap<>();
        repositoryTtl.ifPresent(ttl -> {
            for (String read : List.of("findById", "findAll", "findAllPage", "count", "existsById")) {
                reads.put(read, ttl);
            }
        });
        List<ExecutableElement> crudMethods = ElementFilter.methodsIn(crud.getEnclosedElements());
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(repository))) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT) || method.getEnclosingElement().equals(crud)
                    || !Annotations.has(method, AnnotationNames.CACHED)) {
                continue;
            }
            boolean redeclaresCrud = crudMethods.stream().anyMatch(c -> elements.overrides(method, c, repository));
            if (!redeclaresCrud) {
                continue; // a query method: see forQuery
            }
            String name = method.getSimpleName().toString();
            String where = repository.getSimpleName() + "." + name;
            if (CRUD_WRITES.contains(name)) {
                diagnostics.error(method, Annotations.find(method, AnnotationNames.CACHED).orElseThrow(),
                        ProcessorErrors.CACHED_ON_WRITE, where, entityTable);
                continue;
            }
            String key = name.equals("findAll") && !method.getParameters().isEmpty() ? "findAllPage" : name;
            ttl(method, where).ifPresent(ttl -> reads.put(key, ttl));
        }
        return reads;
    }

    /**
     * The query method, cached when it or the repository has {@code @Cached}; a method-level
     * {@code @Cached} on a write or a stream is reported. A repository-level one leaves writes and
     * streams alone.
     */
    Optional<QueryMethodModel> forQuery(ExecutableElement method, QueryMethodModel model, Optional<AnnotatedDuration> repositoryTtl) {
        Optional<AnnotationMirror> cached = Annotations.find(method, AnnotationNames.CACHED);
        if (model.writes()) {
            if (cached.isPresent()) {
                diagnostics.error(method, cached.get(), ProcessorErrors.CACHED_ON_WRITE, model.displayName(),
                        model.tables().writes().isEmpty() ? "its table" : String.join(", ", model.tables().writes()));
                return Optional.empty();
            }
            return Optional.of(model);
        }
        if (model.streams()) {
            if (cached.isPresent()) {
                diagnostics.error(method, cached.get(), ProcessorErrors.CACHED_ON_STREAM, model.displayName());
                return Optional.empty();
            }
            return Optional.of(model);
        }
        Optional<AnnotatedDuration> ttl = cached.isPresent() ? ttl(method, model.displayName()) : repositoryTtl;
        if (cached.isPresent() && ttl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ttl.map(model::withCache).orElse(model));
    }

    /** The caching of the repository: its CRUD reads, and the tables SQLite says each CRUD write changes. */
    RepositoryCaching caching(EntityModel entity, Map<String, AnnotatedDuration> crudReads) {
        Map<String, SortedSet<String>> writes = new LinkedHashMap<>();
        for (Map.Entry<String, String> write : CrudWriteSql.of(entity).entrySet()) {
            Verification verification = verifier.verify(write.getValue());
            if (verification instanceof Verification.Prepared prepared && !prepared.writes().isEmpty()) {
                SortedSet<String> tables = new TreeSet<>(prepared.writes());
                tables.add(entity.table());
                if (!tables.equals(new TreeSet<>(Set.of(entity.table())))) {
                    writes.put(write.getKey(), tables);
                }
            }
        }
        return new RepositoryCaching(crudReads, writes);
    }
}
