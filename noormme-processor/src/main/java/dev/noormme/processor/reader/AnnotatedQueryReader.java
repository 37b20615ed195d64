package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.diagnostics.Suggestions;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.DialectText;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.QueryMethodModel.Bind;
import dev.noormme.processor.model.QueryMethodModel.TableAccess;
import dev.noormme.processor.model.ValueShape;
import dev.noormme.processor.sql.SqlDialect;
import dev.noormme.processor.verifier.SqlVerifier;
import dev.noormme.processor.verifier.Verification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a {@code @Query} method: binds its {@code :name} parameters, has SQLite prepare the SQL
 * against the entities' schema, and fits the result columns to the return type. SQL errors go
 * on the annotation's value, parameter errors on the parameter.
 *
 * <p>SQLite runs the SQL with its double-quoted names backquoted ({@link NamedSql#backquoteIdentifiers});
 * PostgreSQL runs it with its names as written, or the annotation's {@code postgresql} text when it
 * has one (its parameters must be the value's, in the same order: one binder serves both), and
 * checks it only when the option names a server.
 */
final class AnnotatedQueryReader {

    private final Diagnostics diagnostics;
    private final ReturnTypes returnTypes;
    private final BiFunction<ExecutableElement, String, Verification> verify;
    private final BiFunction<ExecutableElement, String, Optional<String>> postgresRefusal;
    private final SqlVerifier verifier;
    private final QueryResults results;
    private final IndexAdviceReader indexAdvice;

    AnnotatedQueryReader(Diagnostics diagnostics, ReturnTypes returnTypes,
            BiFunction<ExecutableElement, String, Verification> verify,
            BiFunction<ExecutableElement, String, Optional<String>> postgresRefusal, SqlVerifier verifier,
            IndexAdviceReader indexAdvice) {
        this.diagnostics = diagnostics;
        this.returnTypes = returnTypes;
        this.verify = verify;
        this.postgresRefusal = postgresRefusal;
        this.verifier = verifier;
        this.results = new QueryResults(diagnostics, returnTypes);
        this.indexAdvice = indexAdvice;
    }

    Optional<QueryMethodModel> read(QueryContext context, AnnotationMirror annotation) {
        int errorsBefore = diagnostics.errorCount();
        ExecutableElement method = context.method();
        AnnotationValue value = Annotations.explicitValue(annotation, "value").orElseThrow();
        String written = String.valueOf(value.getValue());
        String sql = NamedSql.backquoteIdentifiers(written);
        NamedSql.Scan scan = NamedSql.scan(sql);
        if (scan.severalStatements()) {
            diagnostics.error(method, annotation, value, ProcessorErrors.QUERY_SEVERAL_STATEMENTS, context.name());
        }
        for (String unnamed : new LinkedHashSet<>(scan.unnamed())) {
            diagnostics.error(method, annotation, value, ProcessorErrors.QUERY_UNNAMED_PARAMETER, context.name(), unnamed);
        }
        List<Optional<BindingKind>> kinds = parameterKinds(context);
        List<Bind> binds = binds(context, annotation, value, scan, kinds);
        ReturnTypes.Shape shape = returnTypes.shape(context.returnType(), context.entityType());
        results.checkShape(context, shape);
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        if (sql.isBlank()) {
            diagnostics.error(method, annotation, value, ProcessorErrors.QUERY_SQL_ERROR, context.name(),
                    "the SQL is empty", "", String.join(", ", verifier.tables()));
            return Optional.empty();
        }
        String prepared = NamedSql.replace(sql, scan.named(), occurrence -> "?");
        Verification verification = verify.apply(method, prepared);
        if (verification instanceof Verification.Refused refused) {
            diagnostics.error(method, annotation, value, ProcessorErrors.QUERY_SQL_ERROR, context.name(),
                    refused.message(), refused.suggestion(), String.join(", ", verifier.tables()));
            return Optional.empty();
        }
        AnnotationValue postgresValue = Annotations.explicitValue(annotation, "postgresql")
                .filter(text -> !String.valueOf(text.getValue()).isBlank())
                .orElse(value);
        String postgresWritten = String.valueOf(postgresValue.getValue());
        NamedSql.Scan postgresScan = NamedSql.scan(postgresWritten);
        List<String> postgresNames = postgresScan.named().stream().map(NamedSql.Occurrence::name).toList();
        List<String> valueNames = scan.named().stream().map(NamedSql.Occurrence::name).toList();
        if (!postgresNames.equals(valueNames)) {
            diagnostics.error(method, annotation, postgresValue, ProcessorErrors.QUERY_POSTGRESQL_PARAMETERS,
                    context.name(), parameterList(postgresNames), parameterList(valueNames));
            return Optional.empty();
        }
        String postgresSql = NamedSql.replace(postgresWritten, postgresScan.named(),
                occurrence -> placeholder(context, kinds, occurrence, SqlDialect.POSTGRESQL));
        Optional<String> postgresRefused = postgresRefusal.apply(method, postgresSql);
        if (postgresRefused.isPresent()) {
            diagnostics.error(method, annotation, postgresValue, ProcessorErrors.QUERY_POSTGRESQL_ERROR, context.name(),
                    postgresRefused.get(), postgresSql);
            return Optional.empty();
        }
        Optional<QueryResults.Plan> plan = verification instanceof Verification.Prepared statement
                ? results.plan(context, shape, statement.columns(), statement.isWrite())
                : results.unverifiedPlan(context, shape, sql);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        TableAccess tables = verification instanceof Verification.Prepared statement
                ? new TableAccess(statement.reads(), statement.writes(), true)
                : TableAccess.unverified(Set.of(), Set.of());
        if (verification instanceof Verification.Prepared statement) {
            Set<String> touched = new TreeSet<>(statement.reads());
            touched.addAll(statement.writes());
            indexAdvice.annotated(context, prepared, touched);
        }
        DialectText runtimeSql = new DialectText(
                NamedSql.replace(sql, scan.named(),
                        occurrence -> placeholder(context, kinds, occurrence, SqlDialect.SQLITE)),
                postgresSql);
        return Optional.of(new QueryMethodModel(context.name(), context.displayName(), context.constant(),
                ReturnTypes.typeName(context.returnType()), context.parameterModels(returnTypes), runtimeSql, binds,
                plan.get().call(), plan.get().result(), null, tables, List.of()));
    }

    private static String parameterList(List<String> names) {
        return names.isEmpty() ? "no parameter" : names.stream().map(name -> ":" + name).collect(Collectors.joining(", "));
    }

    /** Each parameter's binding (its element's, for a collection); reports a type NOORMME cannot bind. */
    private List<Optional<BindingKind>> parameterKinds(QueryContext context) {
        List<Optional<BindingKind>> kinds = new ArrayList<>();
        for (int i = 0; i < context.parameters().size(); i++) {
            TypeMirror type = context.parameterTypes().get(i);
            Optional<BindingKind> kind = returnTypes.isCollection(type)
                    ? returnTypes.collectionElement(type).flatMap(TypeResolver::resolve)
                    : TypeResolver.resolve(type);
            if (kind.isEmpty()) {
                diagnostics.error(context.parameters().get(i), ProcessorErrors.QUERY_PARAMETER_TYPE,
                        context.parameterName(i), context.name(), ReturnTypes.simple(type), context.parameterName(i));
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private List<Bind> binds(QueryContext context, AnnotationMirror annotation, AnnotationValue value,
            NamedSql.Scan scan, List<Optional<BindingKind>> kinds) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < context.parameters().size(); i++) {
            names.add(context.parameterName(i));
        }
        List<Bind> binds = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (NamedSql.Occurrence occurrence : scan.named()) {
            int index = names.indexOf(occurrence.name());
            if (index < 0) {
                if (reported.add(occurrence.name())) {
                    diagnostics.error(context.method(), annotation, value, ProcessorErrors.QUERY_UNKNOWN_PARAMETER,
                            context.name(), occurrence.name(), names.isEmpty() ? "none" : String.join(", ", names),
                            Suggestions.closest(occurrence.name(), names).map(s -> " Did you mean :" + s + "?").orElse(""));
                }
                continue;
            }
            used.add(occurrence.name());
            TypeMirror type = context.parameterTypes().get(index);
            boolean collection = returnTypes.isCollection(type);
            if (collection && !occurrence.inParens()) {
                diagnostics.error(context.parameters().get(index), ProcessorErrors.QUERY_COLLECTION_OUTSIDE_IN,
                        occurrence.name(), context.name(), occurrence.name(), occurrence.name());
            }
            if (kinds.get(index).isPresent()) {
                TypeMirror valueType = collection ? returnTypes.collectionElement(type).orElseThrow() : type;
                binds.add(new Bind(index, kinds.get(index).get(), ReturnTypes.typeName(valueType), ValueShape.AS_IS,
                        collection));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (!used.contains(names.get(i))) {
                diagnostics.error(context.parameters().get(i), ProcessorErrors.QUERY_UNUSED_PARAMETER, names.get(i),
                        context.name(), names.get(i));
            }
        }
        return binds;
    }

    /**
     * {@code ?} for a value; for a collection, where it expands in {@code dialect} (on PostgreSQL
     * cast to its element type, so that an empty one is an empty list of that type).
     */
    private String placeholder(QueryContext context, List<Optional<BindingKind>> kinds, NamedSql.Occurrence occurrence,
            SqlDialect dialect) {
        for (int i = 0; i < context.parameters().size(); i++) {
            if (context.parameterName(i).equals(occurrence.name())
                    && returnTypes.isCollection(context.parameterTypes().get(i))) {
                return dialect.collectionPlaceholder(kinds.get(i).orElseThrow());
            }
        }
        return "?";
    }

    static boolean startsWithSelect(String sql) {
        String start = sql.stripLeading().toUpperCase(Locale.ROOT);
        return start.startsWith("SELECT") || start.startsWith("WITH") || start.startsWith("VALUES");
    }
}
