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
 * Compiles a repository with every derived keyword, subject and return shape and a set of
 * {@code @Query} methods, then runs them on a real SQLite file and checks the rows each returns.
 */
class QueryMethodsRunTest {

    @Test
    void everyKeywordAndReturnShapeReturnsTheExpectedRows(@TempDir Path folder) throws Exception {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .compile(source("Invoice"), source("Summary"), source("Invoices"), source("Scenario"));
        assertThat(compilation).succeededWithoutWarnings();

        ClassLoader loader = new GeneratedCodeRunsTest.CompiledClassLoader(compilation, getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Function<String, List<String>> scenario = (Function<String, List<String>>)
                loader.loadClass("shop.Scenario").getConstructor().newInstance();
        List<String> seen = scenario.apply("jdbc:sqlite:" + folder.resolve("shop.db"));

        assertEquals(List.of(
                "andOr=[1, 3]",
                "andOrNoMatch=[3]",
                "before=[1, 2]",
                "billingOrder=[3, 5]",
                "first=3",
                "top3=[3, 5, 1]",
                "noteNot=[3]",
                "statusNot=[2, 3, 5]",
                "inSet=[1, 4]",
                "inList=[2, 3, 5]",
                "inEmpty=[]",
                "notIn=[3, 4, 5]",
                "notInEmpty=[1, 2, 3, 4, 5]",
                "lessThan=[2]",
                "lessThanEqual=[1, 2]",
                "greaterThanEqual=[3, 4]",
                "after=[4, 5]",
                "between=[1, 2]",
                "like=[1, 3]",
                "notLike=[1, 3, 4]",
                "startingWith=[2, 5]",
                "startingWithStar=[5]",
                "endingWith=[2, 5]",
                "containing=[1, 3]",
                "containingUpper=[]",
                "containingIgnoreCase=[1, 3]",
                "ignoreCase=[1]",
                "startingWithIgnoreCase=[1, 3]",
                "isNull=[5]",
                "isNotNull=[1, 2, 3, 4]",
                "true=[1, 5]",
                "false=[2, 3, 4]",
                "count=2,2",
                "exists=true,false",
                "one=4,null,2",
                "page=[2],2,true,[5],false",
                "pageProjection=[Summary[customer=bob, amount=50], Summary[customer=Ann Lee, amount=300]],2",
                "projection=[Summary[customer=ann, amount=100], Summary[customer=bo*b, amount=null]]",
                "queryEntity=[1, 3]",
                "queryReordered=true,false",
                "queryProjection=[Summary[customer=Ann Lee, amount=300], Summary[customer=ann, amount=100], "
                        + "Summary[customer=carl, amount=200]],[]",
                "queryScalar=bob,bob,[Ann Lee, ann, bo*b, bob, carl],200,true",
                "queryCounts=2,2",
                "queryNameTwice=[1, 4]",
                "queryUpdate=2,late,2",
                "queryDelete=false",
                "delete=1,3",
                "left=0"), seen);
    }

    private static JavaFileObject source(String simpleName) throws IOException {
        try (InputStream in = QueryMethodsRunTest.class.getClassLoader()
                .getResourceAsStream("runtime/shop/" + simpleName + ".java")) {
            return JavaFileObjects.forSourceString("shop." + simpleName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
