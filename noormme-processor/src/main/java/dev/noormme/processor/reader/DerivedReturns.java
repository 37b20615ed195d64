package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.DerivedQuery;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.QueryMethodModel.Call;
import dev.noormme.processor.model.ResultShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Decides what a derived method returns and how, per subject; reports a return type that cannot be. */
final class DerivedReturns {

    /**
     * How the method returns.
     *
     * @param call the runtime call
     * @param result what each row becomes
     * @param selectColumns the columns a find selects, in reading order
     */
    record Plan(Call call, ResultShape result, List<String> selectColumns) {
    }

    private final Diagnostics diagnostics;
    private final ReturnTypes returnTypes;

    DerivedReturns(Diagnostics diagnostics, ReturnTypes returnTypes) {
        this.diagnostics = diagnostics;
        this.returnTypes = returnTypes;
    }

    Optional<Plan> plan(QueryContext context, DerivedQuery query) {
        TypeMirror type = context.returnType();
        TypeKind kind = type.getKind();
        return switch (query.subject()) {
            case COUNT -> kind == TypeKind.LONG || kind == TypeKind.INT
                    ? Optional.of(new Plan(kind == TypeKind.LONG ? Call.LONG : Call.INT, new ResultShape.None(), List.of()))
                    : refuse(context, "a count query returns the number of rows", "long or int");
            case EXISTS -> kind == TypeKind.BOOLEAN
                    ? Optional.of(new Plan(Call.BOOLEAN, new ResultShape.None(), List.of()))
                    : refuse(context, "an exists query returns whether a row matches", "boolean");
            case DELETE -> kind == TypeKind.INT || kind == TypeKind.LONG || kind == TypeKind.VOID
                    ? Optional.of(new Plan(kind == TypeKind.INT ? Call.UPDATE_INT
                            : kind == TypeKind.LONG ? Call.UPDATE_LONG : Call.UPDATE_VOID, new ResultShape.None(), List.of()))
                    : refuse(context, "a delete query returns the number of rows it deleted", "int, long or void");
            case FIND -> find(context, query);
        };
    }

    private Optional<Plan> find(QueryContext context, DerivedQuery query) {
        ReturnTypes.Shape shape = returnTypes.shape(context.returnType(), context.entityType());
        String entity = context.entityName();
        String options = entity + ", Optional<" + entity + ">, List<" + entity + ">, Stream<" + entity + ">, Page<"
                + entity + "> (with a trailing PageRequest), or the same of a record projection of " + entity
                + "'s properties";
        Call call = switch (shape.wrapper()) {
            case NONE -> Call.ONE;
            case OPTIONAL -> Call.OPTIONAL;
            case LIST -> Call.LIST;
            case PAGE -> Call.PAGE;
            case STREAM -> Call.STREAM;
        };
        int limit = query.limit().orElse(0);
        if (call == Call.PAGE && limit > 0) {
            return refuse(context, "First and Top<N> limit the rows, while a Page pages through all of them",
                    "List<" + entity + "> with First/Top<N>, or Page<" + entity + "> without");
        }
        if ((call == Call.ONE || call == Call.OPTIONAL) && limit > 1) {
            return refuse(context, "Top" + limit + " finds up to " + limit + " rows", "List<" + entity + ">");
        }
        if (shape.kind() == ReturnTypes.Element.ENTITY) {
            List<String> columns = context.entity().allProperties().stream().map(PropertyModel::column).toList();
            return Optional.of(new Plan(call, new ResultShape.Entity(context.entity(), List.of()), columns));
        }
        if (shape.kind() == ReturnTypes.Element.PROJECTION) {
            return projection(context, shape.element(), call);
        }
        return refuse(context, "a find query returns rows of " + entity, options);
    }

    private Optional<Plan> projection(QueryContext context, TypeMirror record, Call call) {
        List<ResultShape.Component> components = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean ok = true;
        for (ReturnTypes.Component component : returnTypes.components(record)) {
            Optional<PropertyModel> property = context.property(component.name());
            String problem = null;
            if (property.isEmpty()) {
                problem = "matches no property of " + context.entityName()
                        + dev.noormme.processor.diagnostics.Suggestions.closest(component.name(), context.propertyNames())
                                .map(s -> " (did you mean '" + s + "'?)").orElse("");
            } else if (!ReturnTypes.typeName(component.type()).box().equals(property.get().type().box())) {
                problem = "does not have the type of property '" + component.name() + "', which is "
                        + QueryContext.simple(property.get().type());
            }
            if (problem != null) {
                ok = false;
                diagnostics.error(context.method(), ProcessorErrors.PROJECTION_MISMATCH, context.name(),
                        ReturnTypes.simple(record), component.name(), ReturnTypes.simple(component.type()), problem,
                        context.propertiesWithTypes());
                continue;
            }
            columns.add(property.get().column());
            components.add(new ResultShape.Component(component.name(), ReturnTypes.typeName(component.type()),
                    component.kind().orElseThrow(), columns.size()));
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Plan(call, new ResultShape.Projection(ReturnTypes.typeName(record), components), columns));
    }

    private Optional<Plan> refuse(QueryContext context, String reason, String options) {
        diagnostics.error(context.method(), ProcessorErrors.DERIVED_RETURN_TYPE, context.name(),
                ReturnTypes.simple(context.returnType()), reason, options);
        return Optional.empty();
    }
}
