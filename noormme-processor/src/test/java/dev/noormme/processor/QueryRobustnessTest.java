package dev.noormme.processor;

import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Feeds the processor a few hundred malformed repositories built from a fixed seed: method names
 * from keyword and property fragments, SQL from fragments, parameters and returns of the wrong
 * types. Each must compile, or fail only with errors placed in the repository's source; none may
 * crash the processor (an exception, or E099).
 */
class QueryRobustnessTest {

    private static final long SEED = 20240603L;
    private static final int REPOSITORIES = 300;

    private static final JavaFileObject USER = source("User", """
            @Table("users")
            public record User(@Id Long id, String email, String displayName, int age, boolean active,
                               Status status) {
                public enum Status { NEW, DONE }
            }
            """);

    private static final String[] VERBS = {"find", "get", "query", "read", "count", "exists", "delete", "load",
        "findAll", "findFirst", "findTop3", "findTop0", "", "countTop2", "findDistinct"};
    private static final String[] PROPERTIES = {"Email", "Emial", "DisplayName", "Display", "Age", "Active", "Id",
        "Status", "In", "Or", "And", "Order", "Name", ""};
    private static final String[] KEYWORDS = {"", "", "Not", "LessThan", "LessThanEqual", "GreaterThan",
        "GreaterThanEqual", "Before", "After", "Between", "Like", "NotLike", "StartingWith", "EndingWith",
        "Containing", "In", "NotIn", "IsNull", "IsNotNull", "True", "False", "IgnoreCase", "Asc", "Xyz"};
    private static final String[] CONNECTORS = {"And", "Or", "OrderBy", "", "AndOr", "By"};
    private static final String[] TYPES = {"User", "Optional<User>", "List<User>", "Page<User>", "long", "int",
        "boolean", "void", "String", "List<String>", "Optional<Long>", "Map<String, User>", "EmailOnly",
        "List<EmailOnly>", "Object", "int[]", "Integer", "User.Status", "Set<User>", "byte[]", "Optional<EmailOnly>"};
    private static final String[] PARAMETER_TYPES = {"String", "int", "Integer", "long", "Long", "boolean",
        "List<Integer>", "Set<String>", "Collection<User>", "PageRequest", "Object", "byte[]", "List<?>",
        "Map<String, String>", "User.Status", "Collection<? extends Long>", "List<User.Status>", "double"};
    private static final String[] PARAMETER_NAMES = {"p0", "p1", "p2", "statement", "row", "index", "value",
        "support", "entity", "email", "ids"};
    private static final String[] SQL = {"SELECT", "*", "id, email", "COUNT(*)", "email AS displayName", "FROM users",
        "FROM user", "WHERE", "email = :p0", "id IN (:p1)", "id IN (:ids)", ":nope", "?", "?1", "@x", "AND", "OR",
        "ORDER BY id", ";", "'it''s :p0'", "UPDATE users SET email = :email", "DELETE FROM users",
        "INSERT INTO users (email, age, active) VALUES (:p0, 1, 0)", "SELEC", "(", ")", "-- :p2\n", "/* :x */",
        "\"", "GROUP BY email", "LIMIT :p0", "age > :row", "users.emial", "WITH t AS (SELECT 1)", "RETURNING id",
        "JOIN users u2 ON u2.id = users.id", "CREATE TABLE z (a)", "status = :statement", ""};

    /** Well-formed methods, so part of the inputs compiles and runs the writers too. */
    private static final String[] VALID = {
        "List<User> findByEmail(String email);",
        "long countByAgeGreaterThan(int age);",
        "Optional<User> findFirstByOrderByAgeDesc();",
        "List<User> findTop2ByStatusInOrderByIdAsc(Set<User.Status> statuses);",
        "boolean existsByDisplayNameStartingWithIgnoreCase(String prefix);",
        "int deleteByActiveFalse();",
        "Page<User> findByAgeBetween(int low, int high, PageRequest page);",
        "List<EmailOnly> findByEmailNot(String statement);",
        "@Query(\"SELECT * FROM users WHERE id IN (:ids)\") List<User> byIds(Collection<Long> ids);",
        "@Query(\"SELECT email, age AS agee FROM users WHERE age > :row\") List<EmailOnly> older(int row);",
        "@Query(\"UPDATE users SET active = :value WHERE id = :support\") void mark(boolean value, long support);",
        "@Query(\"SELECT COUNT(*) FROM users WHERE email = :index OR display_name = :index\") int named(String index);",
    };

    @Test
    void malformedRepositoriesCompileOrFailWithPlacedErrorsAndNeverCrash() {
        Random random = new Random(SEED);
        JavaFileObject projection = source("EmailOnly", "public record EmailOnly(String email, int agee) {}\n");
        long start = System.nanoTime();
        int failed = 0;
        for (int i = 0; i < REPOSITORIES; i++) {
            String body = random.nextInt(4) == 0 ? validBody(random) : repositoryBody(random);
            JavaFileObject repository = source("UsersRepository", "import dev.noormme.repository.*;\n\n"
                    + "@Repository\npublic interface UsersRepository extends CrudRepository<User, Long> {\n"
                    + body + "}\n");
            Compilation compilation;
            try {
                compilation = compile(USER, projection, repository);
            } catch (RuntimeException crash) {
                throw new AssertionError("the processor crashed on:\n" + body, crash);
            }
            if (compilation.status() == Compilation.Status.FAILURE) {
                failed++;
            }
            for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
                String message = error.getMessage(java.util.Locale.ROOT);
                if (message.contains("E099") || message.contains("Exception")) {
                    fail("crash reported for:\n" + body + "\n" + message);
                }
                if (error.getSource() == null || error.getLineNumber() == Diagnostic.NOPOS
                        || !error.getSource().getName().endsWith("test/UsersRepository.java")) {
                    fail("error without a place in the repository for:\n" + body + "\n" + error);
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("QueryRobustnessTest: %d repositories (%d failed with placed errors) in %d ms%n",
                REPOSITORIES, failed, millis);
        assertTrue(failed > REPOSITORIES / 2, "most generated repositories are malformed: " + failed);
        assertTrue(failed < REPOSITORIES * 9 / 10, "some generated repositories compile: " + failed);
    }

    private static String repositoryBody(Random random) {
        StringBuilder body = new StringBuilder();
        int methods = 1 + random.nextInt(3);
        List<String> used = new ArrayList<>();
        for (int m = 0; m < methods; m++) {
            boolean query = random.nextInt(10) < 4;
            String name = query ? "q" + m + pick(random, PROPERTIES) : methodName(random);
            if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || used.contains(name)) {
                name = "m" + m + name;
            }
            used.add(name);
            if (query) {
                body.append("    @Query(\"").append(sql(random)).append("\")\n");
            }
            body.append("    ").append(pick(random, TYPES)).append(' ').append(name).append('(')
                    .append(parameters(random)).append(");\n");
        }
        return body.toString();
    }

    private static String validBody(Random random) {
        StringBuilder body = new StringBuilder();
        List<String> picked = new ArrayList<>();
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            String method = pick(random, VALID);
            if (!picked.contains(method)) {
                picked.add(method);
                body.append("    ").append(method).append('\n');
            }
        }
        return body.toString();
    }

    private static String methodName(Random random) {
        StringBuilder name = new StringBuilder(pick(random, VERBS));
        if (random.nextInt(6) > 0) {
            name.append("By");
        }
        int conditions = random.nextInt(4);
        for (int c = 0; c < conditions; c++) {
            name.append(pick(random, PROPERTIES)).append(pick(random, KEYWORDS));
            if (random.nextBoolean()) {
                name.append("IgnoreCase");
            }
            if (c + 1 < conditions) {
                name.append(pick(random, CONNECTORS));
            }
        }
        if (random.nextInt(3) == 0) {
            name.append("OrderBy").append(pick(random, PROPERTIES)).append(random.nextBoolean() ? "Desc" : "Asc");
        }
        return name.toString();
    }

    private static String parameters(Random random) {
        int count = random.nextInt(4);
        List<String> names = new ArrayList<>();
        StringBuilder parameters = new StringBuilder();
        for (int p = 0; p < count; p++) {
            String name = pick(random, PARAMETER_NAMES);
            if (names.contains(name)) {
                continue;
            }
            names.add(name);
            parameters.append(parameters.length() == 0 ? "" : ", ").append(pick(random, PARAMETER_TYPES)).append(' ')
                    .append(name);
        }
        return parameters.toString();
    }

    private static String sql(Random random) {
        StringBuilder sql = new StringBuilder();
        int parts = 1 + random.nextInt(7);
        for (int p = 0; p < parts; p++) {
            sql.append(p == 0 ? "" : " ").append(pick(random, SQL));
        }
        return sql.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
