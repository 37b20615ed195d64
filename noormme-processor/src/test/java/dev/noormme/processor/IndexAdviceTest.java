package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The compile-time index advice: each warning with the line it points at (the method), the index
 * SQLite itself chose, and the cases that get none.
 */
class IndexAdviceTest {

    private static final JavaFileObject INVOICE = source("Invoice", """
            @Table("invoices")
            @Index(columns = {"number"})
            public record Invoice(@Id Long id, String number, String customer, String status, int total) {}
            """);
    private static final JavaFileObject CUSTOMER = source("Customer", """
            @Table("customers")
            public record Customer(@Id Long id, @Column(unique = true) String email, String city) {}
            """);

    private static JavaFileObject repository(String annotation, String methods) {
        return source("Invoices", annotation + """

                @Repository
                public interface Invoices extends CrudRepository<Invoice, Long> {
                """ + methods.indent(4) + "}\n");
    }

    private static Compilation compileInvoices(JavaFileObject repository) {
        return compile(INVOICE, CUSTOMER, repository);
    }

    @Test
    void aDerivedQueryThatScansGetsTheIndexOnItsConditionColumn() {
        JavaFileObject repository = repository("", "List<Invoice> findByCustomer(String customer);");
        Compilation compilation = compileInvoices(repository);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(ProcessorErrors.INDEX_ADVICE_DERIVED.format(
                "Invoices.findByCustomer", "invoices", "SCAN invoices", "customer", "\"customer\"", "Invoice"))
                .inFile(repository).onLineContaining("findByCustomer");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void twoEqualityConditionsGetOneIndexOnBoth() {
        JavaFileObject repository = repository("", "long countByCustomerAndStatus(String customer, String status);");
        Compilation compilation = compileInvoices(repository);
        assertThat(compilation).hadWarningContaining(ProcessorErrors.INDEX_ADVICE_DERIVED.format(
                "Invoices.countByCustomerAndStatus", "invoices", "SCAN invoices", "customer, status",
                "\"customer\", \"status\"", "Invoice")).inFile(repository).onLineContaining("countByCustomerAndStatus");
    }

    @Test
    void anEqualityComesBeforeARangeInTheAdvisedIndex() {
        JavaFileObject repository = repository("",
                "List<Invoice> findByTotalGreaterThanAndStatus(int total, String status);");
        Compilation compilation = compileInvoices(repository);
        assertThat(compilation).hadWarningContaining("Add @Index(columns = {\"status\", \"total\"}) to Invoice")
                .inFile(repository).onLineContaining("findByTotalGreaterThanAndStatus");
    }

    @Test
    void aQueryThatScansATableUnderAnAliasGetsTheIndexOnTheColumnSqliteWouldSearch() {
        JavaFileObject repository = repository("", """
                @Query("SELECT i.* FROM invoices i WHERE i.status = :status AND i.total > 0")
                List<Invoice> byStatus(String status);""");
        Compilation compilation = compileInvoices(repository);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining(ProcessorErrors.INDEX_ADVICE_QUERY.format(
                "Invoices.byStatus", "invoices", "SCAN i", "status, total", "\"status\", \"total\"", "Invoice"))
                .inFile(repository).onLineContaining("List<Invoice> byStatus");
    }

    @Test
    void aQueryOnAnotherEntitysTableNamesThatEntity() {
        JavaFileObject repository = repository("", """
                @Query("SELECT count(*) FROM customers WHERE city = :city")
                long customersIn(String city);""");
        Compilation compilation = compileInvoices(repository);
        assertThat(compilation).hadWarningContaining(ProcessorErrors.INDEX_ADVICE_QUERY.format(
                "Invoices.customersIn", "customers", "SCAN customers", "city", "\"city\"", "Customer"))
                .inFile(repository).onLineContaining("long customersIn");
    }

    @Test
    void anIndexedLookupAndATableReadInFullGetNoAdvice() {
        Compilation compilation = compileInvoices(repository("", """
                Optional<Invoice> findByNumber(String number);
                List<Invoice> findByIdGreaterThan(long id);
                List<Invoice> findByOrderByStatusAsc();
                @Query("SELECT * FROM invoices ORDER BY customer")
                List<Invoice> everyInvoiceByCustomer();
                @Query("SELECT i.* FROM invoices i JOIN customers c ON c.id = i.id WHERE c.email = :email")
                List<Invoice> ofEmail(String email);"""));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void conditionsNoSingleIndexServesGetNoAdvice() {
        Compilation compilation = compileInvoices(repository("", """
                List<Invoice> findByCustomerOrStatus(String customer, String status);
                List<Invoice> findByCustomerContaining(String part);"""));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void suppressWarningsOnTheMethodSilencesItsAdviceOnly() {
        JavaFileObject repository = repository("", """
                @SuppressWarnings("noormme-index")
                List<Invoice> findByCustomer(String customer);
                List<Invoice> findByStatus(String status);""");
        Compilation compilation = compileInvoices(repository);
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[NOORMME-W002] Invoices.findByStatus")
                .inFile(repository).onLineContaining("findByStatus");
    }

    @Test
    void suppressWarningsOnTheRepositorySilencesEveryMethod() {
        Compilation compilation = compileInvoices(repository("@SuppressWarnings({\"unchecked\", \"noormme-index\"})", """
                List<Invoice> findByCustomer(String customer);
                @Query("SELECT * FROM invoices WHERE status = :status")
                List<Invoice> byStatus(String status);"""));
        assertThat(compilation).succeededWithoutWarnings();
    }
}
