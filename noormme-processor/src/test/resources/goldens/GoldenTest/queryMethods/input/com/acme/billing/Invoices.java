package com.acme.billing;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.annotations.SlowQueryThreshold;
import dev.noormme.repository.CrudRepository;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

// Golden inputs show generated code; index advice has its own test.
@Repository
@SlowQueryThreshold("50ms")
@SuppressWarnings("noormme-index")
public interface Invoices extends CrudRepository<Invoice, Long> {

    List<Invoice> findByCustomerAndPaidTrueOrStatus(String customer, Invoice.Status status);

    List<Invoice> findByInvoiceDateBeforeOrderByInvoiceDateDesc(LocalDate date);

    Optional<Invoice> findFirstByOrderByBillingOrderDesc();

    List<Invoice> findTop3ByBillingOrderGreaterThanOrderByAmountDescIdAsc(int order);

    long countByStatusIn(Set<Invoice.Status> statuses);

    boolean existsByCustomerStartingWithIgnoreCase(String prefix);

    int deleteByNoteNot(String note);

    List<InvoiceSummary> findByCustomerContaining(String part);

    Page<Invoice> findByStatusOrderByAmountAsc(Invoice.Status status, PageRequest page);

    @Query("SELECT customer, SUM(amount) AS amount FROM invoices WHERE id IN (:ids) GROUP BY customer ORDER BY customer")
    List<InvoiceSummary> totals(Collection<Long> ids);

    @SlowQueryThreshold("2s")
    @Query("SELECT COUNT(*) FROM invoices i JOIN customers c ON c.name = i.customer WHERE c.city = :city")
    long countInCity(String city);

    @SlowQueryThreshold("20ms")
    List<Invoice> findAll();

    @Query("UPDATE invoices SET note = :note WHERE customer = :customer OR note = :note")
    int annotate(String customer, String note);
}
