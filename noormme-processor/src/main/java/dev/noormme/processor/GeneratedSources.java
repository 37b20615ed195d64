package dev.noormme.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeSpec;
import dev.noormme.processor.diagnostics.Guard;
import dev.noormme.processor.writer.JavaFiles;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * The source files a round generates, made off javac's thread: each writer runs, and its file is
 * rendered to text, on one helper thread while javac's thread goes on reading elements; the texts
 * reach the {@link Filer}, which only javac's thread may use, at the end of the round, in the order
 * they were added. Writers see immutable models only, never an element, so they may run anywhere.
 * On a compilation of 100 entities rendering was a fifth of the processor's time on javac's thread.
 */
final class GeneratedSources {

    private record Pending(ClassName name, Element[] origins, Future<String> text) {
    }

    private final Filer filer;
    private final Guard guard;
    private final List<Pending> pending = new ArrayList<>();
    /** Made with the first file; a compilation that generates nothing starts no thread. */
    private ExecutorService renderer;

    GeneratedSources(Filer filer, Guard guard) {
        this.filer = filer;
        this.guard = guard;
    }

    /** Starts making the file of type {@code name}, whose errors belong to the first of {@code origins}. */
    void add(ClassName name, Supplier<TypeSpec> writer, Element... origins) {
        if (renderer == null) {
            // One thread, which ends after a second without work: a compiler that lives on (an IDE,
            // a build daemon) and never reaches the last round is left no thread behind.
            renderer = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
                Thread thread = new Thread(work, "noormme-processor-writer");
                thread.setDaemon(true);
                return thread;
            });
        }
        Future<String> text = renderer.submit(() -> {
            TypeSpec type = writer.get();
            if (!type.name.equals(name.simpleName())) {
                throw new IllegalStateException("the writer of " + name + " wrote " + type.name);
            }
            return JavaFiles.of(name.packageName(), type).toString();
        });
        pending.add(new Pending(name, origins, text));
    }

    /** Hands every file added since the last call to the Filer; a file that failed is an error on its origin. */
    void flush() {
        for (Pending file : pending) {
            guard.run(file.origins()[0], () -> {
                String text = rendered(file.text());
                try (Writer writer = filer.createSourceFile(file.name().canonicalName(), file.origins()).openWriter()) {
                    writer.write(text);
                }
            });
        }
        pending.clear();
    }

    void close() {
        if (renderer != null) {
            renderer.shutdownNow();
        }
    }

    private static String rendered(Future<String> text) throws Exception {
        try {
            return text.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }
}
