package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a repository written with Spring Data's other spellings, null arguments, streams,
 * primitive {@code @Query} results and parameters named like the generated code's own names,
 * then runs it on a real SQLite file and checks what each method returns.
 */
class GrammarRunTest {

    @Test
    void everySpellingNullArgumentAndStreamReturnsTheExpectedRows(@TempDir Path folder) throws Exception {
        Compilation compilation = compile();
        ClassLoader loader = new GeneratedCodeRunsTest.CompiledClassLoader(compilation, getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Function<String, List<String>> scenario = (Function<String, List<String>>)
                loader.loadClass("grammar.Scenario").getConstructor().newInstance();
        List<String> seen = scenario.apply("jdbc:sqlite:" + folder.resolve("grammar.db"));

        assertEquals(List.of(
                "is=[2, 4]",
                "equals=[1]",
                "subjectIsGreaterThan=[1, 3]",
                "isLessThanEqual=[1, 2]",
                "isBetween=[1, 3]",
                "isIn=[3]",
                "isNotIn=[1, 2, 4]",
                "isLike=[1, 3]",
                "searchStartsWith=[3]",
                "endsWith=[2, 4]",
                "contains=[1, 3]",
                "notContaining=[2, 4]",
                "notContainsIgnoringCase=[2, 4]",
                "null=[4]",
                "notNull=[1, 2, 3]",
                "isTrue=[1]",
                "isFalse=[2, 3, 4]",
                "equalsNull=[2]",
                "equalsValue=[4]",
                "notNullArgument=[1, 3, 4]",
                "notValue=[3, 4]",
                "ignoreCaseNull=[2]",
                "ignoreCaseValue=[3, 4]",
                "allIgnoreCase=[3]",
                "allIgnoringCaseOrdered=[4, 2, 1]",
                "top=3",
                "firstSubject=4",
                "top2=[1, 2]",
                "distinct=[CustomerStatus[customer=Ann Lee, status=CLOSED], CustomerStatus[customer=bob, status=OPEN]]",
                "distinctPage=3,3",
                "counts=3,3",
                "exists=true,false",
                "stream=[2, 3, 4]",
                "streamProjection=[CustomerStatus[customer=bob, status=OPEN]]",
                "findStream=[1, 2, 4]",
                "queryStream=[Ann Lee, bob]",
                "primitive=100,true,Tickets.amountOf: the query returned no row,"
                        + "Tickets.amountOf: the query returned NULL,Tickets.paidOf: the query returned no row",
                "namedLikeGenerated=3,[1, 2],[1, 3],4",
                "remove=2,1,1"), seen);
    }

    @Test
    void equalityWithANullableArgumentIsStillAnIndexSearch(@TempDir Path folder) throws Exception {
        String impl = compile().generatedSourceFile("grammar.Tickets_Impl").orElseThrow()
                .getCharContent(true).toString();
        String where = "WHERE `note` IS ?";
        assertTrue(impl.contains(where), "findByNote binds its nullable argument with IS");
        // The processor unregisters the driver when it finishes, so DriverManager may not see it here.
        try (Connection connection = new org.sqlite.JDBC().connect("jdbc:sqlite:" + folder.resolve("plan.db"),
                new Properties());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, note TEXT)");
            statement.execute("CREATE INDEX tickets_note ON tickets(note)");
            try (ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE note IS ?")) {
                assertTrue(plan.next());
                assertEquals("SEARCH tickets USING COVERING INDEX tickets_note (note=?)", plan.getString("detail"));
            }
        }
    }

    private static Compilation compile() throws IOException {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor()).compile(source("Ticket"),
                source("CustomerStatus"), source("Tickets"), source("Scenario"));
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static JavaFileObject source(String simpleName) throws IOException {
        try (InputStream in = GrammarRunTest.class.getClassLoader()
                .getResourceAsStream("runtime/grammar/" + simpleName + ".java")) {
            return JavaFileObjects.forSourceString("grammar." + simpleName,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
