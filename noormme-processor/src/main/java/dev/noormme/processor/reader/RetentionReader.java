package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.diagnostics.Suggestions;
import dev.noormme.processor.model.AnnotatedDuration;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.RetentionModel;
import dev.noormme.processor.model.RetentionModel.TimeStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads an entity's {@code @RetentionPeriod}: the period must be a positive duration and the
 * column (named by column or property name) must hold a time. Each error goes on the value it is
 * about.
 */
final class RetentionReader {

    private final Diagnostics diagnostics;

    RetentionReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<RetentionModel> read(TypeElement type, String table, List<PropertyModel> columns) {
        Optional<AnnotationMirror> annotation = Annotations.find(type, AnnotationNames.RETENTION_PERIOD);
        if (annotation.isEmpty()) {
            return Optional.empty();
        }
        Optional<AnnotationValue> periodValue = Annotations.explicitValue(annotation.get(), "value");
        Optional<AnnotationValue> columnValue = Annotations.explicitValue(annotation.get(), "column");
        if (periodValue.isEmpty() || columnValue.isEmpty()) {
            return Optional.empty(); // javac reports the missing member itself
        }
        Optional<AnnotatedDuration> period = DurationParser.read(diagnostics, type, annotation.get(), "value",
                ProcessorErrors.RETENTION_BAD_PERIOD, type.getQualifiedName(), "a period of 0 would delete every row");
        // The id is a row's name, never its time, even when it is a long.
        Optional<PropertyModel> column = column(type, table, annotation.get(), columnValue.get(), columns);
        if (period.isEmpty() || column.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RetentionModel(table, column.get().column(), TimeStorage.of(column.get().kind()),
                period.get().amount(), period.get().unit(), period.get().text()));
    }

    private Optional<PropertyModel> column(TypeElement type, String table, AnnotationMirror annotation,
            AnnotationValue value, List<PropertyModel> properties) {
        String name = String.valueOf(value.getValue());
        PropertyModel named = null;
        for (PropertyModel property : properties) {
            if (property.column().equals(name)) {
                named = property;
                break;
            }
            if (named == null && property.name().equals(name)) {
                named = property; // a column name wins over a property name
            }
        }
        List<String> timeColumns = new ArrayList<>();
        for (PropertyModel property : properties) {
            if (TimeStorage.of(property.kind()) != null) {
                timeColumns.add(property.column() + " (" + property.type() + ")");
            }
        }
        String hint = timeColumns.isEmpty()
                ? "It has no time column: add an Instant, LocalDateTime, LocalDate or long (epoch milliseconds) "
                        + "property, or remove @RetentionPeriod."
                : "Its time columns are: " + String.join(", ", timeColumns) + "." + suggestion(name, properties);
        if (named == null) {
            diagnostics.error(type, annotation, value, ProcessorErrors.RETENTION_UNKNOWN_COLUMN,
                    type.getQualifiedName(), name, table, hint);
            return Optional.empty();
        }
        if (TimeStorage.of(named.kind()) == null) {
            diagnostics.error(type, annotation, value, ProcessorErrors.RETENTION_NOT_A_TIME, type.getQualifiedName(),
                    name, named.type(), hint);
            return Optional.empty();
        }
        return Optional.of(named);
    }

    private static String suggestion(String wrong, List<PropertyModel> properties) {
        List<String> times = properties.stream().filter(p -> TimeStorage.of(p.kind()) != null)
                .map(PropertyModel::column).toList();
        return Suggestions.closest(wrong, times).map(column -> " Did you mean '" + column + "'?").orElse("");
    }
}
