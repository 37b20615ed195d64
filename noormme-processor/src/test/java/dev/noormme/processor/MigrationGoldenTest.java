package dev.noormme.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Golden files for the ServiceFactory of a compilation with @Migration classes. */
class MigrationGoldenTest {

    private static Path dir(TestInfo test) {
        return Goldens.dir("MigrationGoldenTest", test.getTestMethod().orElseThrow().getName());
    }

    /**
     * Three migrations, one nested and one with an underscore version, in a sub-package: the
     * ServiceFactory stays in the repositories' package and lists them by version (1, 2_1, 10),
     * not by name.
     */
    @Test
    void serviceFactoryWithMigrations(TestInfo test) {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor()).compile(Goldens.inputs(dir(test)));
        Goldens.check(compilation, dir(test));
    }
}
