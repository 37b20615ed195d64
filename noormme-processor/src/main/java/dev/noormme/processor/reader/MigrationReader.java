package dev.noormme.processor.reader;

import com.squareup.javapoet.ClassName;
import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.MigrationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Migration} class into a {@link MigrationModel}, reporting every problem it
 * has: the generated ServiceFactory must be able to write {@code new V3_AddColumn()} and hand it
 * to Flyway as a {@code MigrationStep}. Unique versions are checked by the caller, across the
 * compilation.
 */
public final class MigrationReader {

    /** Flyway's version form. */
    private static final Pattern VERSION = Pattern.compile("\\d+([._]\\d+)*");

    private final Diagnostics diagnostics;
    private final Elements elements;
    private final Types types;

    public MigrationReader(Diagnostics diagnostics, Elements elements, Types types) {
        this.diagnostics = diagnostics;
        this.elements = elements;
        this.types = types;
    }

    /** The migration's model, or empty when it had errors (all of them reported). */
    public Optional<MigrationModel> read(TypeElement type) {
        int errorsBefore = diagnostics.errorCount();
        AnnotationMirror migration = Annotations.find(type, AnnotationNames.MIGRATION).orElseThrow();
        String name = type.getQualifiedName().toString();
        List<String> problems = instantiability(type);
        if (!problems.isEmpty()) {
            diagnostics.error(type, migration, ProcessorErrors.MIGRATION_NOT_INSTANTIABLE, name,
                    String.join(" and ", problems));
        } else if (!hasPublicNoArgConstructor(type)) {
            diagnostics.error(type, ProcessorErrors.MIGRATION_NO_CONSTRUCTOR, name, type.getSimpleName());
        }
        TypeElement step = elements.getTypeElement(AnnotationNames.MIGRATION_STEP);
        if (step == null) {
            diagnostics.error(type, migration, ProcessorErrors.MIGRATION_STEP_MISSING, name);
        } else if (type.getKind() == ElementKind.CLASS
                && !types.isAssignable(types.erasure(type.asType()), types.erasure(step.asType()))) {
            diagnostics.error(type, ProcessorErrors.MIGRATION_NOT_STEP, name, type.getSimpleName());
        }
        String version = Annotations.stringValue(migration, "version", "");
        if (!VERSION.matcher(version).matches()) {
            Optional<AnnotationValue> value = Annotations.explicitValue(migration, "version");
            if (value.isPresent()) {
                diagnostics.error(type, migration, value.get(), ProcessorErrors.MIGRATION_INVALID_VERSION, name, version);
            } else {
                diagnostics.error(type, migration, ProcessorErrors.MIGRATION_INVALID_VERSION, name, version);
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new MigrationModel(version, Annotations.stringValue(migration, "description", ""),
                ClassName.get(type)));
    }

    private static List<String> instantiability(TypeElement type) {
        List<String> problems = new ArrayList<>();
        if (type.getKind() != ElementKind.CLASS) {
            problems.add("a " + type.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ", not a class");
            return problems;
        }
        for (Element element = type; element instanceof TypeElement nested; element = element.getEnclosingElement()) {
            if (!nested.getModifiers().contains(Modifier.PUBLIC)) {
                problems.add(element == type ? "not public" : "inside " + nested.getSimpleName() + ", which is not public");
                break;
            }
        }
        problems.addAll(GeneratedCodeAccess.constructionProblems(type));
        return problems;
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }
}
