package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.diagnostics.Suggestions;
import dev.noormme.processor.model.IndexModel;
import dev.noormme.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Reads the {@code @Index} annotations of an entity and checks each column against the table. */
final class IndexReader {

    private final Diagnostics diagnostics;

    IndexReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<IndexModel> read(TypeElement type, String table, Optional<PropertyModel> id, List<PropertyModel> columns) {
        Map<String, String> propertyByColumn = new LinkedHashMap<>();
        id.ifPresent(property -> propertyByColumn.put(property.column(), property.name()));
        for (PropertyModel column : columns) {
            propertyByColumn.put(column.column(), column.name());
        }
        List<IndexModel> indexes = new ArrayList<>();
        for (AnnotationMirror index : Annotations.repeated(type, AnnotationNames.INDEX, AnnotationNames.INDEX_LIST)) {
            List<String> indexColumns = new ArrayList<>();
            for (AnnotationValue value : Annotations.arrayValue(index, "columns")) {
                String column = (String) value.getValue();
                // javac positions this on the value when @Index is written once; a repeated @Index sits
                // in an implicit container that javac cannot trace to source, so it lands on the type.
                if (!propertyByColumn.containsKey(column)) {
                    diagnostics.error(type, index, value, ProcessorErrors.INDEX_UNKNOWN_COLUMN, type.getQualifiedName(),
                            column, table, String.join(", ", propertyByColumn.keySet()),
                            suggestion(column, propertyByColumn));
                }
                indexColumns.add(column);
            }
            String name = Annotations.stringValue(index, "name", "");
            if (name.isEmpty()) {
                name = table + "_" + String.join("_", indexColumns) + "_idx";
            }
            indexes.add(new IndexModel(name, indexColumns, Annotations.booleanValue(index, "unique", false)));
        }
        return indexes;
    }

    private static String suggestion(String wrong, Map<String, String> propertyByColumn) {
        for (Map.Entry<String, String> entry : propertyByColumn.entrySet()) {
            if (entry.getValue().equals(wrong)) {
                return " Did you mean '" + entry.getKey() + "'?";
            }
        }
        return Suggestions.closest(wrong, propertyByColumn.keySet())
                .map(column -> " Did you mean '" + column + "'?")
                .orElse("");
    }
}
