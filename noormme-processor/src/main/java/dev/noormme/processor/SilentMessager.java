package dev.noormme.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Drops every message: for re-reading a type whose messages belong to another build. */
final class SilentMessager implements Messager {

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message) {
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation) {
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror annotation,
            AnnotationValue value) {
    }
}
