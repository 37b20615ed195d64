package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Golden files: {@code goldens/<Test>/<method>/input} holds the sources compiled,
 * {@code .../expected} every source the processor must generate, byte for byte. Run with
 * {@code -Dnoormme.goldens.update=true} to rewrite the expected files from the current output,
 * then review the diff.
 */
final class Goldens {

    static final boolean UPDATE = Boolean.getBoolean("noormme.goldens.update");
    private static final Path ROOT = Path.of("src", "test", "resources", "goldens");

    private Goldens() {
    }

    static Path dir(String test, String method) {
        return ROOT.resolve(test).resolve(method);
    }

    /** Every {@code .java} file under {@code <dir>/input}, named by its path. */
    static List<JavaFileObject> inputs(Path dir) {
        List<JavaFileObject> sources = new ArrayList<>();
        read(dir.resolve("input")).forEach((path, text) ->
                sources.add(JavaFileObjects.forSourceString(path.replace('/', '.').replaceAll("\\.java$", ""), text)));
        return sources;
    }

    /** Compares every generated source with its golden file, or rewrites the golden files. */
    static void check(Compilation compilation, Path dir) {
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> generated = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            String name = file.toUri().getPath();
            generated.put(name.substring(name.indexOf("SOURCE_OUTPUT/") + "SOURCE_OUTPUT/".length()), content(file));
        }
        Path expectedDir = dir.resolve("expected");
        if (UPDATE) {
            write(expectedDir, generated);
            return;
        }
        Map<String, String> expected = read(expectedDir);
        assertEquals(expected.keySet(), generated.keySet(), "generated files (rerun with -Dnoormme.goldens.update=true)");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(file.getValue(), generated.get(file.getKey()),
                    file.getKey() + " differs from its golden file (rerun with -Dnoormme.goldens.update=true)");
        }
    }

    static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                files.put(dir.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void write(Path dir, Map<String, String> files) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
