package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.Guard;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An unexpected exception while processing a type becomes one error on that type, not a javac
 * crash. NoormmeProcessor runs each type's work through {@link Guard}; no valid input makes the
 * real readers throw, so this drives the Guard from a processor that fails on purpose.
 */
class GuardTest {

    @Test
    void unexpectedExceptionBecomesOneErrorOnTheElement() {
        JavaFileObject user = JavaFileObjects.forSourceString("test.User", """
                package test;

                @dev.noormme.annotations.Table
                public record User(@dev.noormme.annotations.Id Long id) {}
                """);
        Compilation compilation = javac().withProcessors(new FailingProcessor()).compile(user);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(ProcessorErrors.UNEXPECTED.format("test.User",
                        "java.lang.IllegalStateException: boom", "test.User"))
                .inFile(user).onLineContaining("record User(");
    }

    /** Throws while "processing" every @Table type, inside the Guard. */
    private static final class FailingProcessor extends AbstractProcessor {
        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("dev.noormme.annotations.Table");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            Guard guard = new Guard(new Diagnostics(processingEnv.getMessager()));
            for (TypeElement annotation : annotations) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    guard.run(element, () -> {
                        throw new IllegalStateException("boom");
                    });
                }
            }
            return false;
        }
    }
}
