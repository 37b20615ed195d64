package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import java.sql.DriverManager;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every query-method message of the catalogue, with the line it points at. */
class QueryErrorsTest {

    private static final JavaFileObject USER = source("User", """
            @Table("users")
            public record User(@Id Long id, String email, String displayName, int age, boolean active) {}
            """);
    private static final String PROPERTIES = "id, email, displayName, age, active";

    private static JavaFileObject repository(String methods) {
        return source("UsersRepository", """
                import dev.noormme.repository.*;

                @Repository
                public interface UsersRepository extends CrudRepository<User, Long> {
                """ + methods.indent(4) + "}\n");
    }

    private static void assertError(JavaFileObject repository, ProcessorErrors error, String line, Object... args) {
        assertThat(compile(USER, repository)).hadErrorContaining(error.format(args))
                .inFile(repository).onLineContaining(line);
    }

    @Test
    void unknownPropertySuggestsTheClosestAndListsTheProperties() {
        assertError(repository("List<User> findByEmial(String email);"), ProcessorErrors.DERIVED_UNKNOWN_PROPERTY,
                "findByEmial", "emial", "findByEmial", "User", PROPERTIES, " Did you mean 'email'?");
    }

    @Test
    void derivedNameWithoutByIsReported() {
        assertError(repository("List<User> findEmail(String email);"), ProcessorErrors.DERIVED_MISSING_BY,
                "findEmail", "findEmail", "find", "find");
    }

    @Test
    void unreadableTextInADerivedNameIsReported() {
        assertError(repository("List<User> findByEmailXyz(String email);"), ProcessorErrors.DERIVED_UNEXPECTED_TEXT,
                "findByEmailXyz", "findByEmailXyz", "Xyz",
                "And, Or, AllIgnoreCase, OrderBy or the end of the name after a condition");
    }

    @Test
    void wrongParameterCountIsReportedOnTheMethod() {
        assertError(repository("List<User> findByEmailAndAge(String email);"), ProcessorErrors.DERIVED_PARAMETER_COUNT,
                "findByEmailAndAge", "findByEmailAndAge", 2, "email, age", 1, "");
    }

    @Test
    void parameterOfTheWrongTypeIsReportedOnTheParameter() {
        assertError(repository("List<User> findByAge(\n        String age);"), ProcessorErrors.DERIVED_PARAMETER_TYPE,
                "String age", "age", "findByAge", "String", "'age'", "int");
    }

    @Test
    void inNeedsACollectionOfThePropertyType() {
        assertError(repository("List<User> findByAgeIn(\n        List<String> ages);"),
                ProcessorErrors.DERIVED_PARAMETER_TYPE, "List<String> ages", "ages", "findByAgeIn", "List<String>",
                "'age' In", "a Collection of Integer");
    }

    @Test
    void unsupportedReturnTypeIsReportedPerSubject() {
        assertError(repository("String countByEmail(String email);"), ProcessorErrors.DERIVED_RETURN_TYPE,
                "countByEmail", "countByEmail", "String", "a count query returns the number of rows", "long or int");
    }

    @Test
    void orderByOnACountIsReported() {
        assertError(repository("long countByEmailOrderByAgeDesc(String email);"),
                ProcessorErrors.DERIVED_ORDER_BY_UNUSED, "countByEmailOrderByAgeDesc", "countByEmailOrderByAgeDesc",
                "age", "a count");
    }

    @Test
    void orderByOnAnExistsSaysAnExists() {
        assertError(repository("boolean existsByEmailOrderByAgeDesc(String email);"),
                ProcessorErrors.DERIVED_ORDER_BY_UNUSED, "existsByEmailOrderByAgeDesc", "existsByEmailOrderByAgeDesc",
                "age", "an exists");
    }

    @Test
    void secondOrderBySaysOneListsEveryKey() {
        assertError(repository("List<User> findByActiveTrueOrderByAgeAscOrderByEmailDesc();"),
                ProcessorErrors.DERIVED_SECOND_ORDER_BY, "findByActiveTrueOrderByAgeAscOrderByEmailDesc",
                "findByActiveTrueOrderByAgeAscOrderByEmailDesc", "OrderByEmailDesc");
    }

    @Test
    void misspeltKeywordSuggestsTheAcceptedSpelling() {
        assertError(repository("List<User> findByAgeGreaterThen(int age);"), ProcessorErrors.DERIVED_UNKNOWN_KEYWORD,
                "findByAgeGreaterThen", "findByAgeGreaterThen", "GreaterThen", "age", "GreaterThan");
        assertError(repository("List<User> findByEmailStartWith(String prefix);"),
                ProcessorErrors.DERIVED_UNKNOWN_KEYWORD, "findByEmailStartWith", "findByEmailStartWith", "StartWith",
                "email", "StartingWith");
    }

    @Test
    void topWithoutANumberAndAllIgnoreCaseCompile() {
        assertThat(compile(USER, repository("""
                Optional<User> findTopByOrderByAgeDesc();
                List<User> findByEmailAndDisplayNameAllIgnoreCase(String email, String displayName);
                @SuppressWarnings("noormme-index") // index advice has its own test
                List<User> findByEmailAndAgeAllIgnoringCaseOrderByAgeAsc(String email, int age);
                """))).succeededWithoutWarnings();
    }

    @Test
    void propertyInAScriptWithoutCaseFollowsBy() {
        JavaFileObject person = source("Person", """
                @Table("people")
                public record Person(@Id Long id, String 이름, int 나이) {}
                """);
        JavaFileObject people = source("People", """
                import dev.noormme.repository.*;

                @Repository
                @SuppressWarnings("noormme-index") // index advice has its own test
                public interface People extends CrudRepository<Person, Long> {
                    List<Person> findBy이름And나이GreaterThan(String 이름, int 나이);
                }
                """);
        Compilation compilation = compile(person, people);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.People_Impl").contentsAsUtf8String()
                .contains("WHERE `이름` IS ? AND `나이` > ?");
    }

    @Test
    void cachedRepositoryLeavesItsStreamsUncached() {
        JavaFileObject repository = source("UsersRepository", """
                import dev.noormme.repository.*;

                @Repository
                @Cached(ttl = "5m")
                @SuppressWarnings("noormme-index") // index advice has its own test
                public interface UsersRepository extends CrudRepository<User, Long> {
                    java.util.stream.Stream<User> streamByActiveTrue();
                    List<User> findByActiveTrue();
                }
                """);
        Compilation compilation = compile(USER, repository);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.UsersRepository_Impl").contentsAsUtf8String()
                .contains("return support.stream(\"UsersRepository.streamByActiveTrue\"");
    }

    @Test
    void cachedOnAStreamIsReportedOnTheAnnotation() {
        JavaFileObject repository = repository("""
                @Cached(ttl = "5m")
                java.util.stream.Stream<User> streamByActiveTrue();
                """);
        assertThat(compile(USER, repository)).hadErrorContaining(
                        ProcessorErrors.CACHED_ON_STREAM.format("UsersRepository.streamByActiveTrue"))
                .inFile(repository).onLineContaining("@Cached");
    }

    @Test
    void pageWithoutATrailingPageRequestIsReported() {
        assertError(repository("Page<User> findByEmail(String email);"), ProcessorErrors.PAGE_WITHOUT_REQUEST,
                "findByEmail", "findByEmail", "Page<User>");
    }

    @Test
    void pageRequestWithoutAPageIsReportedOnTheParameter() {
        assertError(repository("List<User> findByEmail(String email,\n        PageRequest page);"),
                ProcessorErrors.REQUEST_WITHOUT_PAGE, "PageRequest page", "findByEmail", "page", "List<User>");
    }

    @Test
    void projectionComponentThatIsNoPropertyIsReported() {
        JavaFileObject repository = repository("record EmailOnly(String emial) {}\n\nList<EmailOnly> findByAge(int age);");
        assertError(repository, ProcessorErrors.PROJECTION_MISMATCH, "findByAge", "findByAge",
                "UsersRepository.EmailOnly", "emial", "String", "matches no property of User (did you mean 'email'?)",
                "id (Long), email (String), displayName (String), age (int), active (boolean)");
    }

    @Test
    void textKeywordOnANumberIsReported() {
        assertError(repository("List<User> findByAgeStartingWith(String prefix);"),
                ProcessorErrors.OPERATOR_NOT_APPLICABLE, "findByAgeStartingWith", "findByAgeStartingWith",
                "StartingWith", "String properties", "age", "User", "int");
    }

    @Test
    void sqliteErrorIsQuotedOnTheQueryWithASuggestion() {
        assertError(repository("@Query(\"SELECT * FROM users WHERE emial = :email\")\nList<User> byEmail(String email);"),
                ProcessorErrors.QUERY_SQL_ERROR, "@Query", "byEmail", "no such column: emial", " Did you mean 'email'?",
                "users");
        assertError(repository("@Query(\"SELECT * FROM user\")\nList<User> all();"),
                ProcessorErrors.QUERY_SQL_ERROR, "@Query", "all", "no such table: user", " Did you mean 'users'?",
                "users");
        assertError(repository("@Query(\"SELEC * FROM users\")\nList<User> all();"),
                ProcessorErrors.QUERY_SQL_ERROR, "@Query", "all", "near \"SELEC\": syntax error", "", "users");
    }

    @Test
    void doubleQuotedNameOfNoColumnIsAnErrorNotAString() {
        assertError(repository("@Query(\"SELECT * FROM users WHERE \\\"emial\\\" = :email\")\nList<User> byEmail(String email);"),
                ProcessorErrors.QUERY_SQL_ERROR, "@Query", "byEmail", "no such column: emial", " Did you mean 'email'?",
                "users");
        assertError(repository("@Query(\"SELECT \\\"nope\\\" AS x FROM users\")\nList<String> names();"),
                ProcessorErrors.QUERY_SQL_ERROR, "@Query", "names", "no such column: nope", "", "users");
    }

    @Test
    void namedParameterWithoutAMethodParameterIsReportedOnTheQuery() {
        assertError(repository("@Query(\"SELECT * FROM users WHERE email = :emial\")\nList<User> byEmail(String email);"),
                ProcessorErrors.QUERY_UNKNOWN_PARAMETER, "@Query", "byEmail", "emial", "email", " Did you mean :email?");
    }

    @Test
    void unusedParameterIsReportedOnTheParameter() {
        assertError(repository("@Query(\"SELECT * FROM users\")\nList<User> all(\n        String email);"),
                ProcessorErrors.QUERY_UNUSED_PARAMETER, "String email", "email", "all", "email");
    }

    @Test
    void resultWithoutEveryEntityColumnNamesTheMissingOnes() {
        assertError(repository("@Query(\"SELECT id, email FROM users\")\nList<User> some();"),
                ProcessorErrors.QUERY_MISSING_COLUMNS, "some()", "some", "List<User>",
                "'display_name', 'age', 'active'", "id, email");
    }

    @Test
    void returnTypeThatCannotHoldTheResultIsReported() {
        assertError(repository("@Query(\"SELECT id, email FROM users\")\nlong two();"),
                ProcessorErrors.QUERY_RETURN_MISMATCH, "two()", "two", "long",
                "its result has 2 columns (id, email), and a long is read from exactly one");
        assertError(repository("@Query(\"DELETE FROM users\")\nList<User> wipe();"),
                ProcessorErrors.QUERY_RETURN_MISMATCH, "wipe()", "wipe", "List<User>",
                "it writes (INSERT, UPDATE, DELETE or DDL), and a write returns int or long (the rows it changed) or void");
        assertError(repository("@Query(\"SELECT id FROM users\")\nvoid nothing();"),
                ProcessorErrors.QUERY_RETURN_MISMATCH, "nothing()", "nothing", "void",
                "it is a query whose rows would be lost; return them, or write a statement that changes rows");
    }

    @Test
    void parameterTypeThatCannotBeBoundIsReportedOnTheParameter() {
        assertError(repository("@Query(\"SELECT * FROM users WHERE email = :when\")\nList<User> at(\n        Object when);"),
                ProcessorErrors.QUERY_PARAMETER_TYPE, "Object when", "when", "at", "Object", "when");
    }

    @Test
    void positionalParameterIsReportedOnTheQuery() {
        assertError(repository("@Query(\"SELECT * FROM users WHERE id = ?\")\nList<User> q();"),
                ProcessorErrors.QUERY_UNNAMED_PARAMETER, "@Query", "q", "?");
    }

    @Test
    void secondStatementIsReportedOnTheQuery() {
        assertError(repository("@Query(\"SELECT * FROM users; DELETE FROM users\")\nList<User> q();"),
                ProcessorErrors.QUERY_SEVERAL_STATEMENTS, "@Query", "q");
    }

    @Test
    void collectionOutsideInIsReportedOnTheParameter() {
        assertError(repository("@Query(\"SELECT * FROM users WHERE id = :ids\")\nList<User> q(\n        List<Long> ids);"),
                ProcessorErrors.QUERY_COLLECTION_OUTSIDE_IN, "List<Long> ids", "ids", "q", "ids", "ids");
    }

    @Test
    void queryOnACrudMethodIsReported() {
        assertError(repository("@Query(\"SELECT * FROM users\")\nList<User> findAll();"),
                ProcessorErrors.QUERY_ON_CRUD_METHOD, "findAll()", "findAll");
    }

    @Test
    void genericQueryMethodIsReported() {
        assertError(repository("<T> List<User> findByEmail(String email);"), ProcessorErrors.QUERY_METHOD_GENERIC,
                "findByEmail", "findByEmail", "test.UsersRepository");
    }

    @Test
    void derivedSqlThatSqliteRefusesIsReportedAsABug() {
        // A database where "users" already exists as a view acts out a derivation SQLite refuses.
        JavaFileObject repository = repository("int deleteByEmail(String email);");
        Compilation compilation = javac().withProcessors(new NoormmeProcessor(() -> {
            java.sql.Connection connection = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new java.util.Properties());
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("CREATE VIEW users AS SELECT 1 AS id");
            }
            return connection;
        })).compile(USER, repository);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.DERIVED_SQL_REFUSED.format("deleteByEmail",
                "DELETE FROM `users` WHERE `email` IS ?", "cannot modify users because it is a view"))
                .inFile(repository).onLineContaining("deleteByEmail");
    }

    @Test
    void sqliteThatCannotLoadWarnsOnceAndSkipsVerification() {
        JavaFileObject repository = repository("""
                @Query("SELECT * FROM users WHERE email = :email")
                List<User> byEmail(String email);

                List<User> findByAge(int age);
                """);
        Compilation compilation = javac().withProcessors(new NoormmeProcessor(() -> {
            throw new UnsatisfiedLinkError("no sqlitejdbc in java.library.path");
        })).compile(USER, repository);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(ProcessorErrors.SQL_VERIFICATION_SKIPPED.format(
                "UnsatisfiedLinkError: no sqlitejdbc in java.library.path")).inFile(repository)
                .onLineContaining("byEmail");
    }

    @Test
    void everyErrorOfARepositoryIsReportedAndNothingIsGenerated() {
        JavaFileObject repository = repository("""
                List<User> findByEmial(String email);

                @Query("SELEC * FROM users")
                List<User> broken();
                """);
        Compilation compilation = compile(USER, repository);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[NOORMME-E030]").inFile(repository).onLineContaining("findByEmial");
        assertThat(compilation).hadErrorContaining("[NOORMME-E041]").inFile(repository).onLineContaining("SELEC");
        List<String> generated = ProcOnly.generatedSources(USER, repository);
        assertTrue(generated.contains("test/User_Mapping.java"), generated.toString());
        assertFalse(generated.contains("test/UsersRepository_Impl.java"), generated.toString());
    }

    @Test
    void verifierLeavesNoSqliteDriverRegisteredFromItsClassLoader() {
        assertThat(compile(USER, repository("long countByIdGreaterThan(long id);"))).succeededWithoutWarnings();
        assertTrue(java.util.Collections.list(DriverManager.getDrivers()).stream()
                .noneMatch(driver -> driver.getClass().getName().equals("org.sqlite.JDBC")));
    }
}
