package dev.noormme.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Small inline sources for the diagnostics tests, compiled with the processor. */
final class Sources {

    private Sources() {
    }

    /** A source in package {@code test}; {@code body} starts after the imports every test needs. */
    static JavaFileObject source(String simpleName, String body) {
        return JavaFileObjects.forSourceString("test." + simpleName, """
                package test;

                import dev.noormme.annotations.*;
                import dev.noormme.repository.CrudRepository;
                import java.util.*;

                """ + body);
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new NoormmeProcessor()).compile(sources);
    }
}
