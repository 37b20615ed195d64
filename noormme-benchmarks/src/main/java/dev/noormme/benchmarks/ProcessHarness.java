package dev.noormme.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@link StartupTimes} and {@link ProcessorTimes} share: the module's build output their
 * child processes run on ({@code target/classes} and the dependency jars the build copies to
 * {@code target/lib}, as an application's or a build's class path holds them, not the 100 MB
 * benchmarks jar), and medians.
 */
final class ProcessHarness {

    private ProcessHarness() {
    }

    /** {@code noormme-benchmarks/target}, the folder of the benchmarks jar this class runs from. */
    static Path target() {
        try {
            Path jar = Path.of(ProcessHarness.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jars in {@code target/lib} whose names start with one of {@code artifacts}; all of them for none. */
    static List<Path> libraries(String... artifacts) {
        Path lib = target().resolve("lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException(lib + " is missing: build the module first with"
                    + " mvn -B -pl noormme-benchmarks -am package -DskipTests");
        }
        try (Stream<Path> jars = Files.list(lib)) {
            List<Path> chosen = jars.filter(jar -> jar.toString().endsWith(".jar"))
                    .filter(jar -> artifacts.length == 0 || Arrays.stream(artifacts)
                            .anyMatch(artifact -> jar.getFileName().toString().startsWith(artifact + "-")))
                    .sorted()
                    .toList();
            if (chosen.size() < artifacts.length) {
                throw new IllegalStateException(lib + " lacks one of " + Arrays.toString(artifacts) + ": has " + chosen);
            }
            return chosen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The module's own jar and the jars of {@code target/lib} but the processor's own (the
     * processor and JavaPoet): what an application's main runs on. Jars only, so that a class
     * data sharing archive can be made of them.
     */
    static String applicationClasspath() {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(target())) {
            entries.add(jars.filter(jar -> jar.getFileName().toString().matches("noormme-benchmarks-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the module's jar is missing from " + target())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        libraries().stream()
                .filter(jar -> !jar.getFileName().toString().startsWith("noormme-processor-")
                        && !jar.getFileName().toString().startsWith("javapoet-"))
                .forEach(entries::add);
        return classpath(entries);
    }

    static String classpath(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
