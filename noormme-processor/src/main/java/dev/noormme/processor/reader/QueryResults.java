package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.Names;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.QueryMethodModel.Call;
import dev.noormme.processor.model.ResultShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.type.TypeKind;

/**
 * Fits a {@code @Query}'s result to its method's return type: the entity needs every entity
 * column, a projection a column per component (matched by name), a scalar exactly one column, and
 * a statement that writes returns {@code int}, {@code long} or {@code void}.
 */
final class QueryResults {

    /**
     * How the method returns.
     *
     * @param call the runtime call
     * @param result what each row becomes
     */
    record Plan(Call call, ResultShape result) {
    }

    private final Diagnostics diagnostics;
    private final ReturnTypes returnTypes;

    QueryResults(Diagnostics diagnostics, ReturnTypes returnTypes) {
        this.diagnostics = diagnostics;
        this.returnTypes = returnTypes;
    }

    /** Reports a return type no SQL could fill, before the SQL is prepared. */
    void checkShape(QueryContext context, ReturnTypes.Shape shape) {
        if (shape.kind() == ReturnTypes.Element.OTHER) {
            refuse(context, ReturnTypes.simple(shape.element()) + " is neither the entity " + context.entityName()
                    + ", a record projection, nor a type NOORMME can read from a column");
        } else if (shape.wrapper() == ReturnTypes.Wrapper.PAGE) {
            refuse(context, "Page is for derived methods; return a List and take the limit and offset as parameters");
        } else if (shape.kind() == ReturnTypes.Element.PROJECTION) {
            for (ReturnTypes.Component component : returnTypes.components(shape.element())) {
                if (component.kind().isEmpty()) {
                    refuse(context, "component '" + component.name() + "' of " + ReturnTypes.simple(shape.element())
                            + " has type " + ReturnTypes.simple(component.type()) + ", which NOORMME cannot read");
                }
            }
        }
    }

    /** The plan from the prepared statement's result columns and whether it writes. */
    Optional<Plan> plan(QueryContext context, ReturnTypes.Shape shape, List<String> columns, boolean writes) {
        if (writes) {
            return write(context, shape, "it writes (INSERT, UPDATE, DELETE or DDL), and a write returns int or "
                    + "long (the rows it changed) or void");
        }
        String listed = columns.isEmpty() ? "none" : String.join(", ", columns);
        return switch (shape.kind()) {
            case VOID -> refuse(context, "it is a query whose rows would be lost; return them, or write a statement "
                    + "that changes rows");
            case SCALAR -> columns.size() == 1 ? Optional.of(scalar(shape))
                    : refuse(context, "its result has " + columns.size() + " columns (" + listed
                            + "), and a " + ReturnTypes.simple(shape.element()) + " is read from exactly one");
            case ENTITY -> entity(context, shape, columns, listed);
            case PROJECTION -> projection(context, shape, columns, listed);
            case OTHER -> Optional.empty();
        };
    }

    /** The plan when SQLite is unavailable: the SQL's first word decides read or write. */
    Optional<Plan> unverifiedPlan(QueryContext context, ReturnTypes.Shape shape, String sql) {
        if (!AnnotatedQueryReader.startsWithSelect(sql)) {
            return write(context, shape, "it does not start with SELECT, WITH or VALUES, so it writes, and a write "
                    + "returns int or long (the rows it changed) or void");
        }
        return switch (shape.kind()) {
            case SCALAR -> Optional.of(scalar(shape));
            case ENTITY -> Optional.of(new Plan(call(shape), new ResultShape.Entity(context.entity(), List.of())));
            case PROJECTION -> {
                List<ResultShape.Component> components = new ArrayList<>();
                for (ReturnTypes.Component component : returnTypes.components(shape.element())) {
                    components.add(component(component, components.size() + 1));
                }
                yield Optional.of(new Plan(call(shape),
                        new ResultShape.Projection(ReturnTypes.typeName(shape.element()), components)));
            }
            default -> refuse(context, "it is a query whose rows would be lost; return them");
        };
    }

    private Optional<Plan> write(QueryContext context, ReturnTypes.Shape shape, String reason) {
        TypeKind kind = context.returnType().getKind();
        if (kind == TypeKind.VOID) {
            return Optional.of(new Plan(Call.UPDATE_VOID, new ResultShape.None()));
        }
        if (kind == TypeKind.INT || kind == TypeKind.LONG) {
            return Optional.of(new Plan(kind == TypeKind.INT ? Call.UPDATE_INT : Call.UPDATE_LONG, new ResultShape.None()));
        }
        return refuse(context, reason);
    }

    private static Plan scalar(ReturnTypes.Shape shape) {
        BindingKind kind = shape.scalar().orElseThrow();
        ResultShape.Scalar result = new ResultShape.Scalar(ReturnTypes.typeName(shape.element()).box(), kind.boxed());
        // A primitive cannot say "no row" or NULL: the runtime refuses both, naming the method.
        if (shape.wrapper() == ReturnTypes.Wrapper.NONE && kind.primitive()) {
            return new Plan(Call.VALUE, result);
        }
        return new Plan(call(shape), result);
    }

    private Optional<Plan> entity(QueryContext context, ReturnTypes.Shape shape, List<String> columns, String listed) {
        List<Integer> positions = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (PropertyModel property : context.entity().allProperties()) {
            int position = position(columns, List.of(property.column()));
            if (position < 0) {
                missing.add(property.column());
            }
            positions.add(position);
        }
        if (!missing.isEmpty()) {
            return missing(context, missing, listed);
        }
        boolean mappingOrder = columns.size() == positions.size();
        for (int i = 0; i < positions.size() && mappingOrder; i++) {
            mappingOrder = positions.get(i) == i + 1;
        }
        return Optional.of(new Plan(call(shape), new ResultShape.Entity(context.entity(),
                mappingOrder ? List.of() : positions)));
    }

    private Optional<Plan> projection(QueryContext context, ReturnTypes.Shape shape, List<String> columns,
            String listed) {
        List<ResultShape.Component> components = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ReturnTypes.Component component : returnTypes.components(shape.element())) {
            List<String> names = new ArrayList<>(List.of(component.name(), Names.snakeCase(component.name())));
            context.property(component.name()).ifPresent(property -> names.add(property.column()));
            int position = position(columns, names);
            if (position < 0) {
                missing.add(component.name());
            }
            components.add(component(component, position));
        }
        if (!missing.isEmpty()) {
            return missing(context, missing, listed);
        }
        return Optional.of(new Plan(call(shape),
                new ResultShape.Projection(ReturnTypes.typeName(shape.element()), components)));
    }

    private static ResultShape.Component component(ReturnTypes.Component component, int position) {
        return new ResultShape.Component(component.name(), ReturnTypes.typeName(component.type()),
                component.kind().orElseThrow(), position);
    }

    /** The first result column, from 1, whose name is one of {@code names} ignoring case; -1 when none. */
    private static int position(List<String> columns, List<String> names) {
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i).toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(column))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static Call call(ReturnTypes.Shape shape) {
        return switch (shape.wrapper()) {
            case OPTIONAL -> Call.OPTIONAL;
            case LIST -> Call.LIST;
            case PAGE -> Call.PAGE;
            case STREAM -> Call.STREAM;
            case NONE -> Call.ONE;
        };
    }

    private Optional<Plan> missing(QueryContext context, List<String> missing, String listed) {
        diagnostics.error(context.method(), ProcessorErrors.QUERY_MISSING_COLUMNS, context.name(),
                ReturnTypes.simple(context.returnType()),
                missing.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", ")), listed);
        return Optional.empty();
    }

    private Optional<Plan> refuse(QueryContext context, String reason) {
        diagnostics.error(context.method(), ProcessorErrors.QUERY_RETURN_MISMATCH, context.name(),
                ReturnTypes.simple(context.returnType()), reason);
        return Optional.empty();
    }
}
