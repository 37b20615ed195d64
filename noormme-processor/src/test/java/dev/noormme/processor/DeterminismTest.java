package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same input gives the same output, whatever order javac sees the files in. */
class DeterminismTest {

    @Test
    void sameInputTwiceGivesIdenticalSources() {
        List<JavaFileObject> inputs = Goldens.inputs(Goldens.dir("GoldenTest", "serviceFactory"));
        assertEquals(generate(inputs), generate(inputs));
    }

    @Test
    void reversedFileOrderGivesIdenticalSources() {
        List<JavaFileObject> inputs = Goldens.inputs(Goldens.dir("GoldenTest", "serviceFactory"));
        List<JavaFileObject> reversed = new ArrayList<>(inputs);
        Collections.reverse(reversed);
        assertEquals(generate(inputs), generate(reversed));
    }

    private static Map<String, String> generate(List<JavaFileObject> inputs) {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor()).compile(inputs);
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            sources.put(file.getName(), Goldens.content(file));
        }
        return sources;
    }
}
