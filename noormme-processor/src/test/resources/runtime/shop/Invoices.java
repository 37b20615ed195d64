package shop;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import shop.Invoice.Status;

// Every keyword on five rows: scans are what it means to run; index advice has its own test.
@Repository
@SuppressWarnings("noormme-index")
public interface Invoices extends CrudRepository<Invoice, Long> {
    List<Invoice> findByCustomerAndPaidTrueOrStatus(String customer, Status status);
    List<Invoice> findByInvoiceDateBefore(LocalDate date);
    List<Invoice> findByBillingOrderGreaterThan(int order);
    Optional<Invoice> findFirstByOrderByBillingOrderDesc();
    List<Invoice> findTop3ByOrderByBillingOrderDesc();
    List<Invoice> findByNoteNot(String note);
    List<Invoice> findByStatusNot(Status status);
    List<Invoice> findByStatusIn(Collection<Status> statuses);
    List<Invoice> findByIdNotIn(List<Long> ids);
    List<Invoice> findByAmountLessThan(Integer amount);
    List<Invoice> findByAmountLessThanEqual(int amount);
    List<Invoice> findByAmountGreaterThanEqual(Integer amount);
    List<Invoice> findByInvoiceDateAfter(LocalDate date);
    List<Invoice> findByAmountBetween(int low, int high);
    List<Invoice> findByCustomerLike(String pattern);
    List<Invoice> findByCustomerNotLike(String pattern);
    List<Invoice> findByCustomerStartingWith(String prefix);
    List<Invoice> findByCustomerEndingWith(String suffix);
    List<Invoice> findByCustomerContaining(String part);
    List<Invoice> findByCustomerContainingIgnoreCase(String part);
    List<Invoice> findByCustomerIgnoreCase(String customer);
    List<Invoice> findByCustomerStartingWithIgnoreCase(String prefix);
    List<Invoice> findByAmountIsNull();
    List<Invoice> findByAmountIsNotNull();
    List<Invoice> findByPaidTrue();
    List<Invoice> findByPaidFalse();
    long countByStatus(Status status);
    int countByPaidTrue();
    boolean existsByCustomer(String customer);
    Invoice getByCustomer(String customer);
    Invoice queryByCustomer(String customer);
    Optional<Invoice> readByCustomer(String customer);
    Page<Invoice> findByStatusOrderByAmountDesc(Status status, PageRequest page);
    Page<Summary> findByPaidFalse(PageRequest page);
    List<Summary> findByPaidTrueOrderByIdAsc();
    int deleteByStatus(Status status);
    long deleteByPaidTrue();
    void deleteByCustomer(String customer);

    @Query("SELECT * FROM invoices WHERE customer LIKE :pattern ORDER BY id")
    List<Invoice> withCustomerLike(String pattern);

    @Query("SELECT note, status, id, customer, invoice_date, billing_order, amount, paid FROM invoices WHERE id = :id")
    Optional<Invoice> byIdReordered(long id);

    @Query("SELECT customer, SUM(amount) AS amount FROM invoices WHERE id IN (:ids) GROUP BY customer ORDER BY customer")
    List<Summary> totals(Collection<Long> ids);

    @Query("SELECT customer FROM invoices WHERE id = :id")
    String customerOf(long id);

    @Query("SELECT customer FROM invoices ORDER BY customer")
    List<String> customers();

    @Query("SELECT \"customer\" FROM \"invoices\" WHERE \"id\" = :id")
    String customerOfQuoted(long id);

    @Query("SELECT MAX(amount) FROM invoices WHERE status = :status")
    Optional<Integer> maxAmount(Status status);

    @Query("SELECT COUNT(*) FROM invoices WHERE amount > :min")
    long countAbove(int min);

    @Query("SELECT COUNT(*) FROM invoices WHERE paid = :paid")
    int countPaid(boolean paid);

    @Query("SELECT * FROM invoices WHERE customer = :name OR note = :name ORDER BY id")
    List<Invoice> mentioning(String name);

    @Query("UPDATE invoices SET note = :note WHERE id IN (:ids)")
    int annotate(List<Long> ids, String note);

    @Query("UPDATE invoices SET paid = 1 WHERE status = :status")
    long payAll(Status status);

    @Query("DELETE FROM invoices WHERE customer = :customer")
    void remove(String customer);
}
