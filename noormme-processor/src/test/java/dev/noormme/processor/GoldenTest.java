package dev.noormme.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The generated sources for representative inputs, compared with reviewed golden files. */
class GoldenTest {

    private static Compilation compile(Path dir, String... options) {
        return javac().withProcessors(new NoormmeProcessor()).withOptions((Object[]) options).compile(Goldens.inputs(dir));
    }

    private static Path dir(TestInfo test) {
        return Goldens.dir("GoldenTest", test.getTestMethod().orElseThrow().getName());
    }

    /** A record with every supported type, @Index (single and repeated) and @Column options. */
    @Test
    void recordEntity(TestInfo test) {
        Goldens.check(compile(dir(test)), dir(test));
    }

    /** A JavaBean class: private fields with getters/setters, isX for boolean, a public field, @Transient. */
    @Test
    void javaBeanEntity(TestInfo test) {
        Goldens.check(compile(dir(test)), dir(test));
    }

    /** A repository and entity declared inside other classes: Outer_Inner_Impl, Outer_Inner_Mapping. */
    @Test
    void nestedRepository(TestInfo test) {
        Goldens.check(compile(dir(test)), dir(test));
    }

    /**
     * Two packages, two repositories, an entity no repository uses, a String id: the
     * ServiceFactory goes to the common package and lists every mapping by table.
     */
    @Test
    void serviceFactory(TestInfo test) {
        Goldens.check(compile(dir(test)), dir(test));
    }

    /**
     * Two entities with a @RetentionPeriod (one named by column, one by property, a LocalDate):
     * the ServiceFactory passes their rules to Database.open, sorted by table.
     */
    @Test
    void serviceFactoryWithRetention(TestInfo test) {
        Goldens.check(compile(dir(test)), dir(test));
    }

    /**
     * Derived methods (precedence, property names that contain keywords, First/Top, In with a Set,
     * IgnoreCase, Not, a projection, a Page) and @Query methods (IN with a collection, a join, an
     * update, a JavaBean read from columns in another order with a parameter named like a local);
     * @SlowQueryThreshold on the repository, a query method and a re-declared findAll.
     */
    @Test
    void queryMethods(TestInfo test) {
        Goldens.check(compile(dir(test)), dir(test));
    }

    /**
     * @Cached on methods (a CRUD re-declaration, derived queries with one and two arguments, a
     * join) and on a repository (every read, CRUD reads included): CachedQuery fields made with
     * the tables each reads, and a stale-if-error allowance after the ttl where one is named; every
     * write passes the tables it changes.
     */
    @Test
    void cachedRepository(TestInfo test) {
        Goldens.check(compile(dir(test)), dir(test));
    }

    /** The noormme.package option places the ServiceFactory. */
    @Test
    void serviceFactoryPackageOption(TestInfo test) {
        Goldens.check(compile(dir(test), "-Anoormme.package=com.acme.app"), dir(test));
    }
}
