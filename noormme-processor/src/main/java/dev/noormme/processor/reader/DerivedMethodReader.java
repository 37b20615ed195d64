package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.DerivedQuery.Condition;
import dev.noormme.processor.model.DerivedQuery.SortKey;
import dev.noormme.processor.model.DerivedQuery.Subject;
import dev.noormme.processor.model.Operator;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.QueryMethodModel;
import dev.noormme.processor.model.QueryMethodModel.Bind;
import dev.noormme.processor.model.QueryMethodModel.Call;
import dev.noormme.processor.model.QueryMethodModel.PageQuery;
import dev.noormme.processor.model.QueryMethodModel.TableAccess;
import dev.noormme.processor.model.DialectText;
import dev.noormme.processor.sql.DerivedSql;
import dev.noormme.processor.sql.DerivedSql.Placeholder;
import dev.noormme.processor.sql.SqlDialect;
import dev.noormme.processor.verifier.Verification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads a derived query method: parses its name against the entity's properties, checks its
 * parameters and return type, and builds its SQL in every dialect; SQLite then prepares SQLite's
 * text as a self-check (and a PostgreSQL server PostgreSQL's, when the option names one).
 */
final class DerivedMethodReader {

    private final Diagnostics diagnostics;
    private final ReturnTypes returnTypes;
    private final DerivedReturns returns;
    private final DerivedParameters parameters;
    private final BiFunction<ExecutableElement, String, Verification> verify;
    private final BiFunction<ExecutableElement, String, Optional<String>> postgresRefusal;
    private final IndexAdviceReader indexAdvice;

    DerivedMethodReader(Diagnostics diagnostics, ReturnTypes returnTypes,
            BiFunction<ExecutableElement, String, Verification> verify,
            BiFunction<ExecutableElement, String, Optional<String>> postgresRefusal, IndexAdviceReader indexAdvice) {
        this.diagnostics = diagnostics;
        this.returnTypes = returnTypes;
        this.returns = new DerivedReturns(diagnostics, returnTypes);
        this.parameters = new DerivedParameters(diagnostics, returnTypes);
        this.verify = verify;
        this.postgresRefusal = postgresRefusal;
        this.indexAdvice = indexAdvice;
    }

    Optional<QueryMethodModel> read(QueryContext context) {
        int errorsBefore = diagnostics.errorCount();
        ParseResult result = MethodNameParser.parse(context.name(), context.propertyNames());
        if (result instanceof ParseResult.Failed failed) {
            report(context, failed.problem());
            return Optional.empty();
        }
        ParseResult.Parsed parsed = (ParseResult.Parsed) result;
        DerivedQuery query = parsed.allIgnoreCase() ? ignoringCaseOfText(context, parsed.query()) : parsed.query();
        if (!query.orderBy().isEmpty() && query.subject() != Subject.FIND) {
            String subject = query.subject().name().toLowerCase(Locale.ROOT);
            diagnostics.error(context.method(), ProcessorErrors.DERIVED_ORDER_BY_UNUSED, context.name(),
                    query.orderBy().stream().map(SortKey::property).collect(Collectors.joining(", ")),
                    (subject.startsWith("e") ? "an " : "a ") + subject);
        }
        Optional<DerivedReturns.Plan> plan = returns.plan(context, query);
        List<Bind> binds = parameters.check(context, query, plan.map(p -> p.call() == Call.PAGE).orElse(false));
        if (diagnostics.errorCount() > errorsBefore || plan.isEmpty()) {
            return Optional.empty();
        }
        return build(context, withNullableArguments(context, query), plan.get(), binds);
    }

    /**
     * {@code AllIgnoreCase}: every condition on a text property that compares with one value
     * ignores case; the others are left as they are, as in Spring Data.
     */
    private static DerivedQuery ignoringCaseOfText(QueryContext context, DerivedQuery query) {
        return query.withConditions(condition -> {
            boolean text = context.property(condition.property()).orElseThrow().kind() == BindingKind.STRING;
            return text && condition.operator().foldsCase() ? condition.ignoringCase() : condition;
        });
    }

    /**
     * Marks each equality and {@code Not} whose parameter is a reference type, so that a null
     * argument matches {@code IS NULL} or {@code IS NOT NULL}; a primitive cannot be null.
     */
    private static DerivedQuery withNullableArguments(QueryContext context, DerivedQuery query) {
        int[] parameter = {0};
        return query.withConditions(condition -> {
            boolean nullable = condition.operator().arity() == 1
                    && !context.parameterTypes().get(parameter[0]).getKind().isPrimitive();
            parameter[0] += condition.operator().arity();
            boolean equality = condition.operator() == Operator.EQUALS || condition.operator() == Operator.NOT;
            return nullable && equality ? condition.withNullableArgument() : condition;
        });
    }

    private Optional<QueryMethodModel> build(QueryContext context, DerivedQuery query, DerivedReturns.Plan plan,
            List<Bind> bindsByParameter) {
        String table = context.entity().table();
        DerivedSql sqlite = new DerivedSql(context.entity(), SqlDialect.SQLITE);
        DerivedSql postgresql = new DerivedSql(context.entity(), SqlDialect.POSTGRESQL);
        boolean page = plan.call() == Call.PAGE;
        DerivedQuery selected = page ? query.unlimitedAndUnordered() : query;
        DerivedSql.Statement sql = sqlite.write(selected, plan.selectColumns());
        String postgresSql = postgresql.write(selected, plan.selectColumns()).sql();
        PageQuery pageQuery = null;
        if (page) {
            DialectText count = new DialectText(sqlite.write(query.counted(), plan.selectColumns()).sql(),
                    postgresql.write(query.counted(), plan.selectColumns()).sql());
            DialectText orderBy = query.orderBy().isEmpty() ? null
                    : new DialectText(sqlite.orderKeys(query.orderBy()), postgresql.orderKeys(query.orderBy()));
            pageQuery = new PageQuery(count, orderBy, context.parameters().size() - 1);
        }
        List<Bind> binds = new ArrayList<>();
        for (Placeholder placeholder : sql.placeholders()) {
            Bind bind = bindsByParameter.get(placeholder.parameter());
            binds.add(new Bind(bind.parameter(), bind.kind(), bind.valueType(), placeholder.shape(), bind.expands()));
        }
        String verified = sql.sql().replace(DerivedSql.EXPANSION, "?");
        List<String> postgresStatements = pageQuery == null ? List.of(postgresSql)
                : List.of(postgresSql, pageQuery.countSql().postgresql());
        for (String statement : postgresStatements) {
            Optional<String> refused = postgresRefusal.apply(context.method(), statement);
            if (refused.isPresent()) {
                diagnostics.error(context.method(), ProcessorErrors.DERIVED_POSTGRESQL_REFUSED, context.name(),
                        statement, refused.get());
                return Optional.empty();
            }
        }
        Verification verification = verify.apply(context.method(), verified);
        TableAccess tables;
        if (verification instanceof Verification.Refused refused) {
            diagnostics.error(context.method(), ProcessorErrors.DERIVED_SQL_REFUSED, context.name(), sql.sql(),
                    refused.message());
            return Optional.empty();
        } else if (verification instanceof Verification.Prepared prepared) {
            tables = new TableAccess(prepared.reads(), prepared.writes(), true);
            indexAdvice.derived(context, verified,
                    query.conditions().stream().map(c -> context.property(c.property()).orElseThrow().column()).toList(),
                    query.orderBy().stream().map(k -> context.property(k.property()).orElseThrow().column()).toList());
        } else {
            boolean delete = query.subject() == Subject.DELETE;
            tables = TableAccess.unverified(delete ? Set.of() : Set.of(table), delete ? Set.of(table) : Set.of());
        }
        return Optional.of(new QueryMethodModel(context.name(), context.displayName(), context.constant(),
                ReturnTypes.typeName(context.returnType()), context.parameterModels(returnTypes),
                new DialectText(sql.sql(), postgresSql), binds, plan.call(),
                plan.result(), pageQuery, tables, notes(context, query)));
    }

    /** Javadoc sentences: how {@code Not}, {@code NotLike} and {@code NotIn} treat NULL. */
    private static List<String> notes(QueryContext context, DerivedQuery query) {
        List<String> notes = new ArrayList<>();
        for (Condition condition : query.conditions()) {
            Operator operator = condition.operator();
            PropertyModel property = context.property(condition.property()).orElseThrow();
            if (operator.negates() && property.nullable()) {
                String note = "{@code " + condition.property() + operator.keyword() + "} follows SQL: a row whose "
                        + property.column() + " is NULL does not match it, as NULL is neither equal nor unequal "
                        + "to any value. Add {@code Or" + MethodNameParser.capitalize(condition.property())
                        + "IsNull} to include such rows.";
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }
        return notes;
    }

    private void report(QueryContext context, ParseProblem problem) {
        ExecutableElement method = context.method();
        if (problem instanceof ParseProblem.UnknownProperty unknown) {
            diagnostics.error(method, ProcessorErrors.DERIVED_UNKNOWN_PROPERTY, unknown.word(), context.name(),
                    context.entityName(), String.join(", ", unknown.properties()),
                    unknown.suggestion().map(s -> " Did you mean '" + s + "'?").orElse(""));
        } else if (problem instanceof ParseProblem.MissingBy missing) {
            diagnostics.error(method, ProcessorErrors.DERIVED_MISSING_BY, context.name(), missing.verb(),
                    missing.verb());
        } else if (problem instanceof ParseProblem.SecondOrderBy second) {
            diagnostics.error(method, ProcessorErrors.DERIVED_SECOND_ORDER_BY, context.name(), second.text());
        } else if (problem instanceof ParseProblem.UnknownKeyword unknown) {
            diagnostics.error(method, ProcessorErrors.DERIVED_UNKNOWN_KEYWORD, context.name(), unknown.word(),
                    unknown.property(), unknown.suggestion());
        } else if (problem instanceof ParseProblem.UnexpectedText unexpected) {
            diagnostics.error(method, ProcessorErrors.DERIVED_UNEXPECTED_TEXT, context.name(), unexpected.text(),
                    unexpected.expected());
        } else {
            diagnostics.error(method, ProcessorErrors.REPOSITORY_QUERY_METHOD, context.name(),
                    method.getEnclosingElement());
        }
    }
}
