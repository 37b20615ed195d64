package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.AnnotatedDuration;
import dev.noormme.processor.model.CacheSettings;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.RepositoryCaching;
import dev.noormme.processor.sql.CrudWriteSql;
import dev.noormme.processor.verifier.SqlVerifier;
import dev.noormme.processor.verifier.Verification;
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
 * Reads {@code @Cached} on a repository and its methods: parses each ttl and stale-if-error
 * allowance once, refuses it on a write, and has SQLite {@code EXPLAIN} the CRUD writes so each declares every table it changes
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

    /**
     * What {@code @Cached} on {@code element} says; empty when absent or when its ttl or
     * staleIfError is refused (each reported on its value).
     */
    Optional<CacheSettings> settings(Element element, String where) {
        Optional<AnnotationMirror> cached = Annotations.find(element, AnnotationNames.CACHED);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnnotatedDuration> ttl = DurationParser.read(diagnostics, element, cached.get(), "ttl",
                ProcessorErrors.CACHED_BAD_DURATION, where, "a cached result must live longer than 0");
        boolean staleIfErrorWritten = Annotations.explicitValue(cached.get(), "staleIfError").isPresent();
        Optional<AnnotatedDuration> staleIfError = DurationParser.read(diagnostics, element, cached.get(),
                "staleIfError", ProcessorErrors.CACHED_BAD_STALE_IF_ERROR, where,
                "0 would never serve a stale result; leave staleIfError out to use the database's setting");
        if (ttl.isEmpty() || staleIfErrorWritten && staleIfError.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CacheSettings(ttl.get(), staleIfError.orElse(null)));
    }

    /**
     * The cached CRUD reads ({@code @Cached} on a re-declaration, else the repository's);
     * reports {@code @Cached} on a re-declared CRUD write.
     */
    Map<String, CacheSettings> crudReads(TypeElement repository, TypeElement crud, Optional<CacheSettings> repositoryCache,
            String entityTable) {
        Map<String, CacheSettings> reads = new LinkedHashMap<>();
        repositoryCache.ifPresent(settings -> {
            for (String read : List.of("findById", "findAll", "findAllPage", "count", "existsById")) {
                reads.put(read, settings);
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
            settings(method, where).ifPresent(settings -> reads.put(key, settings));
        }
        return reads;
    }

    /**
     * The query method, cached when it or the repository has {@code @Cached}; a method-level
     * {@code @Cached} on a write or a stream is reported. A repository-level one leaves writes and
     * streams alone.
     */
    Optional<QueryMethodModel> forQuery(ExecutableElement method, QueryMethodModel model, Optional<CacheSettings> repositoryCache) {
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
        Optional<CacheSettings> settings = cached.isPresent() ? settings(method, model.displayName()) : repositoryCache;
        if (cached.isPresent() && settings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(settings.map(model::withCache).orElse(model));
    }

    /** The caching of the repository: its CRUD reads, and the tables SQLite says each CRUD write changes. */
    RepositoryCaching caching(EntityModel entity, Map<String, CacheSettings> crudReads) {
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
