package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.Guard;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.verifier.PostgresVerifier;
import dev.noormme.processor.verifier.SqlVerifier;
import dev.noormme.processor.verifier.Verification;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a repository method that is not a {@code CrudRepository} method: a {@code @Query} method
 * or a derived query, each into a {@link QueryMethodModel}. Every problem is reported on the
 * method, its parameter or its {@code @Query} value; an unexpected exception becomes one error on
 * the method.
 */
final class QueryMethodReader {

    private final Diagnostics diagnostics;
    private final Guard guard;
    private final Types types;
    private final SqlVerifier verifier;
    private final Optional<PostgresVerifier> postgres;
    private final DerivedMethodReader derived;
    private final AnnotatedQueryReader annotated;

    /** @param entityOfTable the entity whose table has a name, for index advice on any table a query reads */
    QueryMethodReader(Diagnostics diagnostics, Elements elements, Types types, SqlVerifier verifier,
            Optional<PostgresVerifier> postgres, Function<String, Optional<EntityModel>> entityOfTable) {
        this.diagnostics = diagnostics;
        this.guard = new Guard(diagnostics);
        this.types = types;
        this.verifier = verifier;
        this.postgres = postgres;
        ReturnTypes returnTypes = new ReturnTypes(elements, types);
        IndexAdviceReader indexAdvice = new IndexAdviceReader(diagnostics, verifier, entityOfTable);
        this.derived = new DerivedMethodReader(diagnostics, returnTypes, this::verify, this::postgresRefusal,
                indexAdvice);
        this.annotated = new AnnotatedQueryReader(diagnostics, returnTypes, this::verify, this::postgresRefusal,
                verifier, indexAdvice);
    }

    /**
     * The method's model, or empty after reporting why it has none.
     *
     * @param constants the SQL constant names the repository uses so far; this method's is added
     */
    Optional<QueryMethodModel> read(ExecutableElement method, TypeElement repository, DeclaredType repositoryType,
            EntityModel entity, DeclaredType entityType, Set<String> constants) {
        if (!method.getTypeParameters().isEmpty()) {
            diagnostics.error(method, ProcessorErrors.QUERY_METHOD_GENERIC, method.getSimpleName(),
                    repository.getQualifiedName());
            return Optional.empty();
        }
        Optional<AnnotationMirror> query = Annotations.find(method, AnnotationNames.QUERY);
        if (query.isEmpty() && !MethodNameParser.looksDerived(method.getSimpleName().toString())) {
            diagnostics.error(method, ProcessorErrors.REPOSITORY_QUERY_METHOD, method.getSimpleName(),
                    repository.getQualifiedName());
            return Optional.empty();
        }
        ExecutableType resolved = (ExecutableType) types.asMemberOf(repositoryType, method);
        QueryContext context = new QueryContext(method, repository, displayName(repository, method),
                constantName(method.getSimpleName().toString(), constants), entity, entityType,
                method.getParameters(), resolved.getParameterTypes(), resolved.getReturnType());
        @SuppressWarnings("unchecked")
        Optional<QueryMethodModel>[] model = new Optional[] {Optional.empty()};
        guard.run(method, () -> model[0] = query.isPresent()
                ? annotated.read(context, query.get())
                : derived.read(context));
        return model[0];
    }

    /** SQLite's verdict on {@code sql}; warns once, on {@code method}, when SQLite cannot load. */
    Verification verify(ExecutableElement method, String sql) {
        Verification verification = verifier.verify(sql);
        if (verification instanceof Verification.Unavailable unavailable && unavailable.first()) {
            diagnostics.warning(method, ProcessorErrors.SQL_VERIFICATION_SKIPPED, unavailable.reason());
        }
        return verification;
    }

    /**
     * PostgreSQL's message when it refuses {@code sql}; empty when it accepts it or when no server
     * is named. A server that cannot be reached is one error, on the first method checked.
     */
    Optional<String> postgresRefusal(ExecutableElement method, String sql) {
        if (postgres.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> refusal = postgres.get().refusal(sql);
        postgres.get().unavailable().ifPresent(reason -> diagnostics.error(method,
                ProcessorErrors.POSTGRESQL_VERIFICATION_UNAVAILABLE, postgres.get().url(), reason));
        return refusal;
    }

    /** {@code Outer.UsersRepository.findByEmail}: the name the runtime shows in its messages. */
    private static String displayName(TypeElement repository, ExecutableElement method) {
        return nestedName(repository) + "." + method.getSimpleName();
    }

    private static String nestedName(TypeElement type) {
        String name = type.getSimpleName().toString();
        javax.lang.model.element.Element enclosing = type.getEnclosingElement();
        while (enclosing.getKind().isClass() || enclosing.getKind().isInterface()) {
            name = enclosing.getSimpleName() + "." + name;
            enclosing = enclosing.getEnclosingElement();
        }
        return name;
    }

    /** {@code findByEmail} → {@code FIND_BY_EMAIL_SQL}; an overload gets {@code _2}, {@code _3}, ... */
    private static String constantName(String method, Set<String> constants) {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                base.append('_');
            }
            base.append(Character.toUpperCase(c));
        }
        // A page also has <base>_COUNT_SQL and <base>_ORDER_BY: all three are kept free.
        String name = base.toString().toUpperCase(Locale.ROOT);
        String candidate = name;
        for (int suffix = 2; constants.contains(candidate + "_SQL") || constants.contains(candidate + "_COUNT_SQL")
                || constants.contains(candidate + "_ORDER_BY"); suffix++) {
            candidate = name + "_" + suffix;
        }
        constants.addAll(List.of(candidate + "_SQL", candidate + "_COUNT_SQL", candidate + "_ORDER_BY"));
        return candidate + "_SQL";
    }
}
