package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.AnnotatedDuration;
import dev.noormme.processor.model.SlowQueryThresholds;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @SlowQueryThreshold} on a repository and on its methods (query methods and CRUD
 * re-declarations alike), parsing each value once. A value that is not a positive duration is
 * reported on the value.
 */
final class SlowQueryThresholdReader {

    private final Diagnostics diagnostics;
    private final Elements elements;

    SlowQueryThresholdReader(Diagnostics diagnostics, Elements elements) {
        this.diagnostics = diagnostics;
        this.elements = elements;
    }

    /**
     * The repository's thresholds; a refused value is reported and left out.
     *
     * @param monitorName the name the repository's queries are monitored under, before the dot
     *     ({@code Invoices}, {@code Outer.Invoices})
     */
    SlowQueryThresholds read(TypeElement repository, String monitorName) {
        AnnotatedDuration ofRepository = threshold(repository, monitorName).orElse(null);
        SortedMap<String, AnnotatedDuration> ofQueries = new TreeMap<>();
        SortedMap<String, ExecutableElement> owners = new TreeMap<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(repository))) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT)
                    || !Annotations.has(method, AnnotationNames.SLOW_QUERY_THRESHOLD)) {
                continue;
            }
            String name = monitorName + "." + method.getSimpleName();
            Optional<AnnotatedDuration> threshold = threshold(method, name);
            if (threshold.isEmpty()) {
                continue;
            }
            AnnotatedDuration earlier = ofQueries.putIfAbsent(name, threshold.get());
            if (earlier != null && !sameLength(earlier, threshold.get())) {
                AnnotationMirror annotation = Annotations.find(method, AnnotationNames.SLOW_QUERY_THRESHOLD).orElseThrow();
                diagnostics.error(method, annotation, ProcessorErrors.SLOW_QUERY_THRESHOLD_OVERLOADS_DIFFER,
                        threshold.get().text(), name, earlier.text(), owners.get(name));
            }
            owners.putIfAbsent(name, method);
        }
        return new SlowQueryThresholds(ofRepository, ofQueries);
    }

    private Optional<AnnotatedDuration> threshold(Element element, String where) {
        return Annotations.find(element, AnnotationNames.SLOW_QUERY_THRESHOLD).flatMap(annotation ->
                DurationParser.read(diagnostics, element, annotation, "value",
                        ProcessorErrors.SLOW_QUERY_THRESHOLD_BAD_DURATION, where,
                        "a threshold of 0 would count every query as slow"));
    }

    private static boolean sameLength(AnnotatedDuration a, AnnotatedDuration b) {
        return a.unit().getDuration().multipliedBy(a.amount()).equals(b.unit().getDuration().multipliedBy(b.amount()));
    }
}
