package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles two repositories that run one slow query under different {@code @SlowQueryThreshold}s,
 * runs them on a real SQLite file and reads what {@code database.monitor()} recorded.
 */
class SlowQueryThresholdRunTest {

    @Test
    void aMethodThresholdReachesTheMonitorAndARepositoryThresholdKeepsItsQueriesOffTheSlowList(@TempDir Path folder)
            throws Exception {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .compile(source("Task"), source("Tasks"), source("Reports"), source("Scenario"));
        assertThat(compilation).succeededWithoutWarnings();

        ClassLoader loader = new GeneratedCodeRunsTest.CompiledClassLoader(compilation, getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Function<String, List<String>> scenario = (Function<String, List<String>>)
                loader.loadClass("monitor.Scenario").getConstructor().newInstance();
        List<String> seen = scenario.apply("jdbc:sqlite:" + folder.resolve("monitor.db"));

        assertEquals(List.of(
                "counted=300000,300000",
                "slow=[Tasks.countToThreeHundredThousand]",
                "threshold=PT0.001S",
                "findById=2",
                "insert=1",
                "reportsRan=1"), seen);
    }

    private static JavaFileObject source(String simpleName) throws IOException {
        try (InputStream in = SlowQueryThresholdRunTest.class.getClassLoader()
                .getResourceAsStream("runtime/monitor/" + simpleName + ".java")) {
            return JavaFileObjects.forSourceString("monitor." + simpleName,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
