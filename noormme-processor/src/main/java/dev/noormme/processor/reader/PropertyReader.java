package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the persisted properties of an entity and how generated code reaches each: record
 * components through their accessor and the canonical constructor, class fields directly when
 * public or through a getter and setter.
 */
final class PropertyReader {

    /**
     * One property before its type and column are checked.
     *
     * @param element where errors about it are reported
     * @param name the Java property name
     * @param type its Java type
     * @param read how it is read
     * @param write how it is written
     */
    record Candidate(Element element, String name, TypeMirror type, Access read, Access write) {
    }

    private final Diagnostics diagnostics;
    private final Elements elements;
    private final Types types;

    PropertyReader(Diagnostics diagnostics, Elements elements, Types types) {
        this.diagnostics = diagnostics;
        this.elements = elements;
        this.types = types;
    }

    /** Every component of a record; a @Transient one is reported, as records need them all. */
    List<Candidate> recordComponents(TypeElement type) {
        List<Candidate> candidates = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            if (Annotations.has(component, AnnotationNames.TRANSIENT) || fieldIsTransient(type, name)) {
                diagnostics.error(reportable(type, component), ProcessorErrors.TRANSIENT_RECORD_COMPONENT, name, type.getQualifiedName());
            }
            candidates.add(new Candidate(reportable(type, component), name, component.asType(),
                    Access.method(component.getAccessor().getSimpleName().toString()), Access.constructor()));
        }
        return candidates;
    }

    /**
     * JDK 17's javac gives a record component no source position, so an error on it would print
     * without a line. The component's private field carries the component's position and its
     * annotations (those that target fields), so errors go there.
     */
    private static Element reportable(TypeElement type, RecordComponentElement component) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(component.getSimpleName())
                    && !field.getModifiers().contains(Modifier.STATIC)) {
                return field;
            }
        }
        return component;
    }

    // @Transient targets FIELD only, so javac moves it from the component to the record's field.
    private static boolean fieldIsTransient(TypeElement type, String name) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(name) && !field.getModifiers().contains(Modifier.STATIC)) {
                return Annotations.has(field, AnnotationNames.TRANSIENT);
            }
        }
        return false;
    }

    /** Every instance field of a class that is neither @Transient nor {@code transient}. */
    List<Candidate> classFields(TypeElement type) {
        List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
        List<Candidate> candidates = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            Set<Modifier> modifiers = field.getModifiers();
            if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)
                    || Annotations.has(field, AnnotationNames.TRANSIENT)) {
                continue;
            }
            String name = field.getSimpleName().toString();
            boolean isPublic = modifiers.contains(Modifier.PUBLIC);
            Optional<Access> read = isPublic ? Optional.of(Access.field(name)) : getter(methods, field);
            Optional<Access> write = isPublic && !modifiers.contains(Modifier.FINAL)
                    ? Optional.of(Access.field(name)) : setter(methods, field);
            if (read.isEmpty()) {
                diagnostics.error(field, ProcessorErrors.INACCESSIBLE_FIELD, name, type.getQualifiedName(), "read",
                        "it is not public and there is no public " + getterName(field) + "()");
            }
            if (write.isEmpty()) {
                diagnostics.error(field, ProcessorErrors.INACCESSIBLE_FIELD, name, type.getQualifiedName(), "written",
                        (isPublic ? "it is final" : "it is not public")
                                + " and there is no public set" + capitalized(name) + "(" + field.asType() + ")");
            }
            if (read.isPresent() && write.isPresent()) {
                candidates.add(new Candidate(field, name, field.asType(), read.get(), write.get()));
            }
        }
        return candidates;
    }

    private Optional<Access> getter(List<ExecutableElement> methods, VariableElement field) {
        String name = capitalized(field.getSimpleName().toString());
        for (ExecutableElement method : methods) {
            String methodName = method.getSimpleName().toString();
            boolean named = methodName.equals("get" + name) || methodName.equals("is" + name) && isBoolean(field);
            if (named && isPublicInstance(method) && method.getParameters().isEmpty()
                    && types.isSameType(method.getReturnType(), field.asType())) {
                return Optional.of(Access.method(methodName));
            }
        }
        return Optional.empty();
    }

    private Optional<Access> setter(List<ExecutableElement> methods, VariableElement field) {
        String methodName = "set" + capitalized(field.getSimpleName().toString());
        for (ExecutableElement method : methods) {
            if (method.getSimpleName().contentEquals(methodName) && isPublicInstance(method)
                    && method.getParameters().size() == 1
                    && types.isSameType(method.getParameters().get(0).asType(), field.asType())) {
                return Optional.of(Access.method(methodName));
            }
        }
        return Optional.empty();
    }

    private String getterName(VariableElement field) {
        return (field.asType().getKind() == TypeKind.BOOLEAN ? "is" : "get") + capitalized(field.getSimpleName().toString());
    }

    private static boolean isBoolean(VariableElement field) {
        TypeMirror type = field.asType();
        return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
    }

    private static boolean isPublicInstance(ExecutableElement method) {
        return method.getKind() == ElementKind.METHOD && method.getModifiers().contains(Modifier.PUBLIC)
                && !method.getModifiers().contains(Modifier.STATIC);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
