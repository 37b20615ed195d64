package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.noormme.annotations.Table;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every repository message of the catalogue, with the line it points at. */
class RepositoryErrorsTest {

    private static final JavaFileObject USER = source("User", """
            @Table
            public record User(@Id Long id, String email) {}
            """);

    @Test
    void repositoryOnAClassIsReportedOnTheAnnotation() {
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public abstract class UsersRepository {}
                """);
        assertThat(compile(USER, repository))
                .hadErrorContaining(ProcessorErrors.REPOSITORY_NOT_INTERFACE.format("class", "test.UsersRepository",
                        "UsersRepository"))
                .inFile(repository).onLineContaining("@Repository");
    }

    @Test
    void repositoryNotExtendingCrudRepositoryIsReportedOnTheType() {
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public interface UsersRepository {}
                """);
        assertThat(compile(USER, repository))
                .hadErrorContaining(ProcessorErrors.REPOSITORY_NOT_CRUD.format("test.UsersRepository"))
                .inFile(repository).onLineContaining("interface UsersRepository");
    }

    @Test
    void entityTypeThatIsNotATableIsReportedOnTheType() {
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public interface UsersRepository extends CrudRepository<String, Long> {}
                """);
        assertThat(compile(USER, repository))
                .hadErrorContaining(ProcessorErrors.REPOSITORY_ENTITY_NOT_TABLE.format("test.UsersRepository",
                        "java.lang.String", "java.lang.String"))
                .inFile(repository).onLineContaining("interface UsersRepository");
    }

    @Test
    void idTypeThatDoesNotMatchTheEntityIsReportedOnTheType() {
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public interface UsersRepository extends CrudRepository<User, Integer> {}
                """);
        assertThat(compile(USER, repository))
                .hadErrorContaining(ProcessorErrors.REPOSITORY_ID_MISMATCH.format("test.UsersRepository",
                        "java.lang.Integer", "id", "test.User", "java.lang.Long", "User", "Long"))
                .inFile(repository).onLineContaining("interface UsersRepository");
    }

    @Test
    void primitiveIdMatchesItsBoxedType() {
        JavaFileObject post = source("Post", """
                @Table
                public record Post(@Id long id, String title) {}
                """);
        JavaFileObject repository = source("Posts", """
                @Repository
                public interface Posts extends CrudRepository<Post, Long> {}
                """);
        assertThat(compile(post, repository)).succeededWithoutWarnings();
    }

    @Test
    void methodThatIsNeitherCrudNorQueryIsReportedOnTheMethod() {
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public interface UsersRepository extends CrudRepository<User, Long> {
                    Optional<User> findById(Long id);

                    Optional<User> loadByEmail(String email);
                }
                """);
        Compilation compilation = compile(USER, repository);
        assertThat(compilation)
                .hadErrorContaining(ProcessorErrors.REPOSITORY_QUERY_METHOD.format("loadByEmail", "test.UsersRepository"))
                .inFile(repository).onLineContaining("loadByEmail");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void redeclarationWithAnotherReturnTypeIsReportedOnTheMethod() {
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public interface UsersRepository extends CrudRepository<User, Long> {
                    ArrayList<User> findAll();
                }
                """);
        assertThat(compile(USER, repository))
                .hadErrorContaining(ProcessorErrors.REPOSITORY_CHANGED_RETURN.format("findAll", "test.UsersRepository",
                        "java.util.ArrayList<test.User>", "java.util.List<test.User>"))
                .inFile(repository).onLineContaining("ArrayList<User> findAll()");
    }

    @Test
    void genericRepositoryIsReportedOnTheType() {
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public interface UsersRepository<X> extends CrudRepository<User, Long> {}
                """);
        assertThat(compile(USER, repository))
                .hadErrorContaining(ProcessorErrors.REPOSITORY_NOT_IMPLEMENTABLE.format("test.UsersRepository", "generic"))
                .inFile(repository).onLineContaining("interface UsersRepository");
    }

    @Test
    void twoRepositoriesWithOneAccessorNameAreReportedOnTheSecond() {
        JavaFileObject first = JavaFileObjects.forSourceString("a.UsersRepository", """
                package a;
                @dev.noormme.annotations.Repository
                public interface UsersRepository extends dev.noormme.repository.CrudRepository<test.User, Long> {}
                """);
        JavaFileObject second = JavaFileObjects.forSourceString("b.UsersRepository", """
                package b;
                @dev.noormme.annotations.Repository
                public interface UsersRepository extends dev.noormme.repository.CrudRepository<test.User, Long> {}
                """);
        assertThat(compile(USER, first, second))
                .hadErrorContaining(ProcessorErrors.DUPLICATE_ACCESSOR.format("b.UsersRepository", "usersRepository",
                        "a.UsersRepository already has"))
                .inFile(second).onLineContaining("interface UsersRepository");
    }

    @Test
    void missingRuntimeIsReportedOnTheAnnotation() throws URISyntaxException {
        File annotations = new File(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaFileObject repository = JavaFileObjects.forSourceString("test.UsersRepository", """
                package test;
                @dev.noormme.annotations.Repository
                public interface UsersRepository {}
                """);
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .withClasspath(List.of(annotations))
                .compile(repository);
        assertThat(compilation)
                .hadErrorContaining(ProcessorErrors.CRUD_REPOSITORY_MISSING.format("test.UsersRepository"))
                .inFile(repository).onLineContaining("@dev.noormme.annotations.Repository");
    }

    @Test
    void repositoryOfAnEntityWithErrorsAddsNoErrorOfItsOwn() {
        JavaFileObject user = source("User", """
                @Table
                public record User(Long id) {}
                """);
        JavaFileObject repository = source("UsersRepository", """
                @Repository
                public interface UsersRepository extends CrudRepository<User, Long> {}
                """);
        Compilation compilation = compile(user, repository);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[NOORMME-E001]");
    }

    private static final JavaFileObject SHOP_ORDER = JavaFileObjects.forSourceString("com.acme.shop.Order", """
            package com.acme.shop;

            import dev.noormme.annotations.*;

            @Table("orders")
            public record Order(@Id Long id, String item) {}
            """);
    private static final JavaFileObject SHOP_ORDERS = JavaFileObjects.forSourceString("com.acme.shop.Orders", """
            package com.acme.shop;

            import dev.noormme.annotations.Repository;
            import dev.noormme.repository.CrudRepository;

            @Repository
            interface Orders extends CrudRepository<Order, Long> {}
            """);
    private static final JavaFileObject BILLING_INVOICE = JavaFileObjects.forSourceString("com.acme.billing.Invoice", """
            package com.acme.billing;

            import dev.noormme.annotations.*;

            @Table("invoices")
            public record Invoice(@Id Long id, String customer) {}
            """);
    private static final JavaFileObject BILLING_INVOICES = JavaFileObjects.forSourceString("com.acme.billing.Invoices",
            """
            package com.acme.billing;

            import dev.noormme.annotations.Repository;
            import dev.noormme.repository.CrudRepository;

            @Repository
            public interface Invoices extends CrudRepository<Invoice, Long> {}
            """);

    @Test
    void packagePrivateRepositoryOutsideTheFactorysPackageIsReportedOnTheType() {
        Compilation compilation = compile(SHOP_ORDER, SHOP_ORDERS, BILLING_INVOICE, BILLING_INVOICES);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.REPOSITORY_HIDDEN_FROM_FACTORY.format(
                        "com.acme.shop.Orders", "com.acme", "the longest common package of the repositories", "Orders",
                        "com.acme.shop", "com.acme.shop"))
                .inFile(SHOP_ORDERS).onLineContaining("interface Orders");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void packagePrivateRepositoryInTheFactorysPackageCompiles() {
        assertThat(compile(SHOP_ORDER, SHOP_ORDERS)).succeededWithoutWarnings();
        assertThat(javac().withProcessors(new NoormmeProcessor()).withOptions("-Anoormme.package=com.acme.shop")
                .compile(SHOP_ORDER, SHOP_ORDERS, BILLING_INVOICE, BILLING_INVOICES)).succeededWithoutWarnings();
    }
}
