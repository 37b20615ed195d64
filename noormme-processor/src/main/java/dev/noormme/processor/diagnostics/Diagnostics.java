package dev.noormme.processor.diagnostics;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors on the narrowest element given and counts them, so a reader can report every
 * problem of a type and the caller can then gate generation on {@link #errorCount()}.
 */
public final class Diagnostics {

    private final Messager messager;
    private int errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error on an element. */
    public void error(Element element, ProcessorErrors message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    /** Reports an error on one annotation of an element. */
    public void error(Element element, AnnotationMirror annotation, ProcessorErrors message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
    }

    /** Reports an error on one value of an annotation of an element. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value,
            ProcessorErrors message, Object... args) {
        errors++;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
    }

    /** Reports a warning on an element; it does not count as an error. */
    public void warning(Element element, ProcessorErrors message, Object... args) {
        messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
    }

    /** How many errors were reported so far; compare before and after reading a type. */
    public int errorCount() {
        return errors;
    }
}
