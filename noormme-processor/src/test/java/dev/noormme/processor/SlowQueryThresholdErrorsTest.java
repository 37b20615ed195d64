package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;

import com.google.common.truth.StringSubject;
import com.google.testing.compile.Compilation;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every @SlowQueryThreshold message of the catalogue, with the line it points at. */
class SlowQueryThresholdErrorsTest {

    private static final JavaFileObject USER = source("User", """
            @Table("users")
            public record User(@Id Long id, @Column(unique = true) String email, String name) {}
            """);

    private static JavaFileObject repository(String annotation, String methods) {
        return source("UsersRepository", annotation + """

                @Repository
                public interface UsersRepository extends CrudRepository<User, Long> {
                """ + methods.indent(4) + "}\n");
    }

    private static void assertError(JavaFileObject repository, ProcessorErrors error, String line, Object... args) {
        Compilation compilation = compile(USER, repository);
        assertThat(compilation).hadErrorContaining(error.format(args)).inFile(repository).onLineContaining(line);
    }

    @Test
    void aWordIsNotAThreshold() {
        assertError(repository("", """
                @SlowQueryThreshold("fast")
                Optional<User> findByEmail(String email);"""), ProcessorErrors.SLOW_QUERY_THRESHOLD_BAD_DURATION,
                "@SlowQueryThreshold(\"fast\")", "fast", "UsersRepository.findByEmail", "it is not <number><unit>");
    }

    @Test
    void aNegativeThresholdIsReported() {
        assertError(repository("", """
                @SlowQueryThreshold("-5ms")
                Optional<User> findByEmail(String email);"""), ProcessorErrors.SLOW_QUERY_THRESHOLD_BAD_DURATION,
                "@SlowQueryThreshold(\"-5ms\")", "-5ms", "UsersRepository.findByEmail", "it is negative");
    }

    @Test
    void aZeroThresholdOnACrudReDeclarationIsReported() {
        assertError(repository("", """
                @SlowQueryThreshold("0ms")
                List<User> findAll();"""), ProcessorErrors.SLOW_QUERY_THRESHOLD_BAD_DURATION,
                "@SlowQueryThreshold(\"0ms\")", "0ms", "UsersRepository.findAll",
                "a threshold of 0 would count every query as slow");
    }

    @Test
    void aBadThresholdOnTheRepositoryIsReportedOnIt() {
        assertError(repository("@SlowQueryThreshold(\"1 second\")", "Optional<User> findByEmail(String email);"),
                ProcessorErrors.SLOW_QUERY_THRESHOLD_BAD_DURATION, "@SlowQueryThreshold(\"1 second\")", "1 second",
                "UsersRepository", "it is not <number><unit>");
    }

    @Test
    void overloadsWithDifferentThresholdsAreReportedOnTheSecond() {
        assertError(repository("", """
                @SlowQueryThreshold("20ms")
                List<User> findAll();
                @SlowQueryThreshold("1s")
                dev.noormme.repository.Page<User> findAll(dev.noormme.repository.PageRequest request);"""),
                ProcessorErrors.SLOW_QUERY_THRESHOLD_OVERLOADS_DIFFER,
                "@SlowQueryThreshold(\"1s\")", "1s", "UsersRepository.findAll", "20ms", "findAll()");
    }

    @Test
    void overloadsWithTheSameThresholdCompile() {
        Compilation compilation = compile(USER, repository("", """
                @SlowQueryThreshold("1000ms")
                List<User> findAll();
                @SlowQueryThreshold("1s")
                dev.noormme.repository.Page<User> findAll(dev.noormme.repository.PageRequest request);"""));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aCrudMethodReDeclaredForItsThresholdIsStillImplemented() {
        Compilation compilation = compile(USER, repository("@SlowQueryThreshold(\"1h\")", """
                @SlowQueryThreshold("20ms")
                Optional<User> findById(Long id);
                @SlowQueryThreshold("5ms")
                boolean deleteById(Long id);"""));
        assertThat(compilation).succeededWithoutWarnings();
        StringSubject impl = assertThat(compilation).generatedSourceFile("test.UsersRepository_Impl")
                .contentsAsUtf8String();
        impl.contains("support.slowQueryThreshold(Duration.ofHours(1));");
        impl.contains("support.slowQueryThreshold(\"UsersRepository.deleteById\", Duration.ofMillis(5));");
        impl.contains("support.slowQueryThreshold(\"UsersRepository.findById\", Duration.ofMillis(20));");
        impl.contains("return support.findById(id);");
        impl.contains("return support.deleteById(id);");
    }
}
