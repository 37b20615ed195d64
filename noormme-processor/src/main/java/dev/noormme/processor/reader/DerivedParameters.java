package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.DerivedQuery.Condition;
import dev.noormme.processor.model.Operator;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.QueryMethodModel.Bind;
import dev.noormme.processor.model.ValueShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a derived method's parameters against its conditions, in order: the count, then each
 * type against its property (boxed and unboxed alike; a {@code Collection} of it for
 * {@code In}/{@code NotIn}), and where a {@code PageRequest} may go.
 */
final class DerivedParameters {

    private final Diagnostics diagnostics;
    private final ReturnTypes returnTypes;

    DerivedParameters(Diagnostics diagnostics, ReturnTypes returnTypes) {
        this.diagnostics = diagnostics;
        this.returnTypes = returnTypes;
    }

    /** One bind per value parameter, by parameter index; every problem reported. */
    List<Bind> check(QueryContext context, DerivedQuery query, boolean page) {
        List<? extends VariableElement> parameters = context.parameters();
        int count = parameters.size();
        boolean trailingRequest = count > 0 && ReturnTypes.isPageRequest(context.parameterTypes().get(count - 1));
        if (page && !trailingRequest) {
            diagnostics.error(context.method(), ProcessorErrors.PAGE_WITHOUT_REQUEST, context.name(),
                    ReturnTypes.simple(context.returnType()));
        }
        for (int i = 0; i < count; i++) {
            boolean allowed = page && i == count - 1;
            if (ReturnTypes.isPageRequest(context.parameterTypes().get(i)) && !allowed) {
                diagnostics.error(parameters.get(i), ProcessorErrors.REQUEST_WITHOUT_PAGE, context.name(),
                        context.parameterName(i), ReturnTypes.simple(context.returnType()));
                return List.of();
            }
        }
        int values = page && trailingRequest ? count - 1 : count;
        if (values != query.parameterCount()) {
            diagnostics.error(context.method(), ProcessorErrors.DERIVED_PARAMETER_COUNT, context.name(),
                    query.parameterCount(), describe(query), values, page ? ", then the PageRequest" : "");
            return List.of();
        }
        List<Bind> binds = new ArrayList<>();
        int next = 0;
        for (Condition condition : query.conditions()) {
            PropertyModel property = context.property(condition.property()).orElseThrow();
            checkOperator(context, condition, property);
            for (int i = 0; i < condition.operator().arity(); i++) {
                binds.add(bind(context, next, condition, property));
                next++;
            }
        }
        return binds;
    }

    private void checkOperator(QueryContext context, Condition condition, PropertyModel property) {
        Operator operator = condition.operator();
        boolean text = property.kind() == BindingKind.STRING;
        if ((operator.needsText() || condition.ignoreCase()) && !text) {
            diagnostics.error(context.method(), ProcessorErrors.OPERATOR_NOT_APPLICABLE, context.name(),
                    operator.needsText() ? operator.keyword() : "IgnoreCase", "String properties",
                    property.name(), context.entityName(), QueryContext.simple(property.type()));
        }
        if ((operator == Operator.TRUE || operator == Operator.FALSE) && property.kind().boxed() != BindingKind.BOOLEAN) {
            diagnostics.error(context.method(), ProcessorErrors.OPERATOR_NOT_APPLICABLE, context.name(),
                    operator.keyword(), "boolean properties", property.name(), context.entityName(),
                    QueryContext.simple(property.type()));
        }
        if (condition.ignoreCase() && text && (operator.takesCollection() || operator.arity() == 0)) {
            diagnostics.error(context.method(), ProcessorErrors.DERIVED_UNEXPECTED_TEXT, context.name(), "IgnoreCase",
                    "no IgnoreCase after " + operator.keyword() + " (it compares single values only)");
        }
    }

    private Bind bind(QueryContext context, int index, Condition condition, PropertyModel property) {
        TypeMirror type = context.parameterTypes().get(index);
        String what = "'" + condition.property() + "'" + (condition.operator().keyword().isEmpty()
                ? "" : " " + condition.operator().keyword());
        String wanted = QueryContext.simple(property.type());
        if (condition.operator().takesCollection()) {
            Optional<TypeMirror> element = returnTypes.collectionElement(type);
            if (element.isEmpty() || !fits(element.get(), property)) {
                diagnostics.error(context.parameters().get(index), ProcessorErrors.DERIVED_PARAMETER_TYPE,
                        context.parameterName(index), context.name(), ReturnTypes.simple(type), what,
                        "a Collection of " + QueryContext.simple(property.type().box()));
                return null;
            }
            return new Bind(index, TypeResolver.resolve(element.get()).orElseThrow(),
                    ReturnTypes.typeName(element.get()), ValueShape.AS_IS, true);
        }
        if (!fits(type, property)) {
            diagnostics.error(context.parameters().get(index), ProcessorErrors.DERIVED_PARAMETER_TYPE,
                    context.parameterName(index), context.name(), ReturnTypes.simple(type), what, wanted);
            return null;
        }
        return new Bind(index, TypeResolver.resolve(type).orElseThrow(), ReturnTypes.typeName(type), ValueShape.AS_IS,
                false);
    }

    private static boolean fits(TypeMirror type, PropertyModel property) {
        return TypeResolver.resolve(type).isPresent()
                && ReturnTypes.typeName(type).box().equals(property.type().box());
    }

    /** {@code email, amount Between (2 values)}: what the conditions take, for the count message. */
    private static String describe(DerivedQuery query) {
        List<String> parts = new ArrayList<>();
        for (Condition condition : query.conditions()) {
            int arity = condition.operator().arity();
            if (arity > 0) {
                String keyword = condition.operator().keyword();
                parts.add(condition.property() + (keyword.isEmpty() ? "" : " " + keyword)
                        + (arity > 1 ? " (" + arity + " values)" : ""));
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
