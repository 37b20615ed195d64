package dev.noormme.processor.diagnostics;

import javax.lang.model.element.Element;

/**
 * Runs the processing of one element so that an unexpected exception becomes one error on that
 * element instead of a javac crash with a stack trace.
 */
public final class Guard {

    private final Diagnostics diagnostics;

    public Guard(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Runs {@code work}; returns false when it threw, after reporting it on {@code element}. */
    public boolean run(Element element, Work work) {
        try {
            work.run();
            return true;
        } catch (Exception | LinkageError | AssertionError e) {
            String reason = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage();
            diagnostics.error(element, ProcessorErrors.UNEXPECTED, element, reason, element);
            return false;
        }
    }

    /** Work that may throw anything, checked exceptions included (the Filer throws IOException). */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
