package dev.noormme.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs only the processor (no compilation) and lists the sources it wrote, which
 * compile-testing does not show for a compilation that failed.
 */
final class ProcOnly {

    private ProcOnly() {
    }

    /** Paths of the generated sources, relative to the output folder, with '/' separators. */
    static List<String> generatedSources(JavaFileObject... sources) {
        try {
            Path out = Files.createTempDirectory("noormme-proc-only");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
                JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostic -> { }, List.of("-proc:only",
                        "-s", out.toString(), "-classpath", System.getProperty("java.class.path")), null, List.of(sources));
                task.setProcessors(List.of(new NoormmeProcessor()));
                task.call();
            }
            try (Stream<Path> paths = Files.walk(out)) {
                return paths.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
