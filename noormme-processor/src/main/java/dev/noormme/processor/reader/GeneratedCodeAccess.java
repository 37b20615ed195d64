package dev.noormme.processor.reader;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Why generated code, in another class, could not write {@code new Type()} for a class. */
final class GeneratedCodeAccess {

    private GeneratedCodeAccess() {
    }

    /**
     * What keeps generated code from constructing {@code type}: an inner (non-static) class, a
     * local or anonymous class, an abstract class, a generic class; empty when nothing does.
     * Visibility is the caller's to check, since entities and migrations differ there.
     */
    static List<String> constructionProblems(TypeElement type) {
        List<String> problems = new ArrayList<>();
        boolean implicitlyStatic = type.getKind() == ElementKind.RECORD;
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                && !implicitlyStatic) {
            problems.add("an inner (non-static) class");
        }
        if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            problems.add("a local class");
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            problems.add("abstract");
        }
        if (!type.getTypeParameters().isEmpty()) {
            problems.add("generic");
        }
        return problems;
    }
}
