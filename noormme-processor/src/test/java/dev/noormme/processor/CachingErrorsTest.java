package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every @Cached message of the catalogue, with the line it points at. */
class CachingErrorsTest {

    private static final JavaFileObject USER = source("User", """
            @Table("users")
            public record User(@Id Long id, String email, String name) {}
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
    void aTtlThatIsNotADurationIsReportedOnItsValue() {
        assertError(repository("", """
                @Cached(ttl = "5 minutes")
                Optional<User> findByEmail(String email);"""), ProcessorErrors.CACHED_BAD_DURATION,
                "@Cached(ttl = \"5 minutes\")", "5 minutes", "UsersRepository.findByEmail", "it is not <number><unit>");
    }

    @Test
    void aZeroTtlIsReported() {
        assertError(repository("", """
                @Cached(ttl = "0s")
                Optional<User> findById(Long id);"""), ProcessorErrors.CACHED_BAD_DURATION,
                "@Cached(ttl = \"0s\")", "0s", "UsersRepository.findById", "a cached result must live longer than 0");
    }

    @Test
    void anEnormousTtlIsReported() {
        assertError(repository("", """
                @Cached(ttl = "99999999999999999999d")
                long countByName(String name);"""), ProcessorErrors.CACHED_BAD_DURATION,
                "99999999999999999999d", "99999999999999999999d", "UsersRepository.countByName",
                "it is longer than 1000 years");
    }

    @Test
    void aBadTtlOnTheRepositoryIsReportedOnIt() {
        assertError(repository("@Cached(ttl = \"1w\")", "List<User> findByName(String name);"),
                ProcessorErrors.CACHED_BAD_DURATION, "@Cached(ttl = \"1w\")", "1w", "UsersRepository",
                "it is not <number><unit>");
    }

    @Test
    void aStaleIfErrorThatIsNotADurationIsReportedOnItsValue() {
        assertError(repository("", """
                @Cached(ttl = "5m",
                        staleIfError = "an hour")
                Optional<User> findByEmail(String email);"""), ProcessorErrors.CACHED_BAD_STALE_IF_ERROR,
                "staleIfError = \"an hour\"", "an hour", "UsersRepository.findByEmail", "it is not <number><unit>");
    }

    @Test
    void aZeroStaleIfErrorIsReported() {
        assertError(repository("", """
                @Cached(ttl = "5m", staleIfError = "0h")
                Optional<User> findById(Long id);"""), ProcessorErrors.CACHED_BAD_STALE_IF_ERROR,
                "staleIfError = \"0h\"", "0h", "UsersRepository.findById",
                "0 would never serve a stale result; leave staleIfError out to use the database's setting");
    }

    @Test
    void aBadStaleIfErrorOnTheRepositoryIsReportedOnIt() {
        assertError(repository("@Cached(ttl = \"5m\", staleIfError = \"-1h\")", "List<User> findByName(String name);"),
                ProcessorErrors.CACHED_BAD_STALE_IF_ERROR, "staleIfError = \"-1h\"", "-1h", "UsersRepository",
                "it is negative");
    }

    @Test
    void cachedOnACrudWriteIsReported() {
        assertError(repository("", """
                @Cached(ttl = "5m")
                User insert(User entity);"""), ProcessorErrors.CACHED_ON_WRITE, "@Cached(ttl = \"5m\")",
                "UsersRepository.insert", "users");
    }

    @Test
    void cachedOnAQueryWriteIsReported() {
        assertError(repository("", """
                @Cached(ttl = "5m")
                @Query("UPDATE users SET name = :name WHERE id = :id")
                int rename(long id, String name);"""), ProcessorErrors.CACHED_ON_WRITE, "@Cached(ttl = \"5m\")",
                "UsersRepository.rename", "users");
    }

    @Test
    void cachedOnADerivedDeleteIsReported() {
        assertError(repository("", """
                @Cached(ttl = "5m")
                long deleteByName(String name);"""), ProcessorErrors.CACHED_ON_WRITE, "@Cached(ttl = \"5m\")",
                "UsersRepository.deleteByName", "users");
    }

    @Test
    void cachedOnTheRepositoryLeavesItsWritesAlone() {
        Compilation compilation = compile(USER, repository("@Cached(ttl = \"5m\")\n@SuppressWarnings(\"noormme-index\")", """
                long deleteByName(String name);
                Optional<User> findByEmail(String email);"""));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
