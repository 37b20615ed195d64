package dev.noormme.processor.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotation mirrors rather than annotation instances, so that errors can point at the
 * annotation or the exact value that is wrong.
 */
final class Annotations {

    private Annotations() {
    }

    /** The mirror of the annotation {@code qualifiedName} directly on {@code element}. */
    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    /** The explicitly written value of {@code name}, or empty when the default applies. */
    static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    static String stringValue(AnnotationMirror mirror, String name, String defaultValue) {
        return explicitValue(mirror, name).map(v -> (String) v.getValue()).orElse(defaultValue);
    }

    static boolean booleanValue(AnnotationMirror mirror, String name, boolean defaultValue) {
        return explicitValue(mirror, name).map(v -> (Boolean) v.getValue()).orElse(defaultValue);
    }

    /** The elements of an array-valued member; a single value written without braces counts as one. */
    static List<AnnotationValue> arrayValue(AnnotationMirror mirror, String name) {
        Optional<AnnotationValue> value = explicitValue(mirror, name);
        if (value.isEmpty()) {
            return List.of();
        }
        Object raw = value.get().getValue();
        if (raw instanceof List<?> list) {
            List<AnnotationValue> values = new ArrayList<>(list.size());
            for (Object item : list) {
                values.add((AnnotationValue) item);
            }
            return values;
        }
        return List.of(value.get());
    }

    /** Every annotation of a repeatable type on the element, whether written once or repeated. */
    static List<AnnotationMirror> repeated(Element element, String qualifiedName, String containerName) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (type.equals(qualifiedName)) {
                found.add(mirror);
            } else if (type.equals(containerName)) {
                for (AnnotationValue item : arrayValue(mirror, "value")) {
                    found.add((AnnotationMirror) item.getValue());
                }
            }
        }
        return found;
    }
}
