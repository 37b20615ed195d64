package com.acme.billing;

import dev.noormme.Database;
import dev.noormme.internal.Columns;
import dev.noormme.internal.DialectSql;
import dev.noormme.internal.NullSafe;
import dev.noormme.internal.Patterns;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.internal.Sql;
import dev.noormme.internal.StatementBinder;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Invoices}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Invoices_Impl implements Invoices {
    private static final DialectSql FIND_BY_CUSTOMER_AND_PAID_TRUE_OR_STATUS_SQL = DialectSql.of(
            "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices` WHERE (`customer` = ? AND `paid` = 1) OR `status` IS ?",
            "SELECT \"id\", \"customer\", \"invoice_date\", \"billing_order\", \"amount\", \"status\", \"paid\", \"note\" FROM \"invoices\" WHERE (\"customer\" = ? AND \"paid\" = TRUE) OR (\"status\" = ? OR (\"status\" IS NULL AND CAST(? AS text) IS NULL))");

    private static final DialectSql FIND_BY_INVOICE_DATE_BEFORE_ORDER_BY_INVOICE_DATE_DESC_SQL = DialectSql.of(
            "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices` WHERE `invoice_date` < ? ORDER BY `invoice_date` DESC",
            "SELECT \"id\", \"customer\", \"invoice_date\", \"billing_order\", \"amount\", \"status\", \"paid\", \"note\" FROM \"invoices\" WHERE \"invoice_date\" < ? ORDER BY \"invoice_date\" DESC NULLS LAST");

    private static final DialectSql FIND_FIRST_BY_ORDER_BY_BILLING_ORDER_DESC_SQL = DialectSql.of(
            "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices` ORDER BY `billing_order` DESC LIMIT 1",
            "SELECT \"id\", \"customer\", \"invoice_date\", \"billing_order\", \"amount\", \"status\", \"paid\", \"note\" FROM \"invoices\" ORDER BY \"billing_order\" DESC LIMIT 1");

    private static final DialectSql FIND_TOP3_BY_BILLING_ORDER_GREATER_THAN_ORDER_BY_AMOUNT_DESC_ID_ASC_SQL = DialectSql.of(
            "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices` WHERE `billing_order` > ? ORDER BY `amount` DESC, `id` ASC LIMIT 3",
            "SELECT \"id\", \"customer\", \"invoice_date\", \"billing_order\", \"amount\", \"status\", \"paid\", \"note\" FROM \"invoices\" WHERE \"billing_order\" > ? ORDER BY \"amount\" DESC NULLS LAST, \"id\" ASC LIMIT 3");

    private static final DialectSql COUNT_BY_STATUS_IN_SQL = DialectSql.of(
            "SELECT COUNT(*) FROM `invoices` WHERE `status` IN (?...)",
            "SELECT COUNT(*) FROM \"invoices\" WHERE \"status\" IN (?...::text)");

    private static final DialectSql EXISTS_BY_CUSTOMER_STARTING_WITH_IGNORE_CASE_SQL = DialectSql.of(
            "SELECT EXISTS(SELECT 1 FROM `invoices` WHERE `customer` LIKE ? ESCAPE '\\')",
            "SELECT EXISTS(SELECT 1 FROM \"invoices\" WHERE lower(\"customer\") LIKE lower(? COLLATE \"C\") ESCAPE '\\')");

    private static final DialectSql DELETE_BY_NOTE_NOT_SQL = DialectSql.of(
            "DELETE FROM `invoices` WHERE (`note` IS NOT ? AND `note` IS NOT NULL)",
            "DELETE FROM \"invoices\" WHERE (\"note\" IS DISTINCT FROM ? AND \"note\" IS NOT NULL)");

    private static final DialectSql FIND_BY_CUSTOMER_CONTAINING_SQL = DialectSql.of(
            "SELECT `customer`, `amount` FROM `invoices` WHERE `customer` GLOB ?",
            "SELECT \"customer\", \"amount\" FROM \"invoices\" WHERE \"customer\" LIKE ? ESCAPE '\\'");

    private static final DialectSql FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_SQL = DialectSql.of(
            "SELECT `id`, `customer`, `invoice_date`, `billing_order`, `amount`, `status`, `paid`, `note` FROM `invoices` WHERE `status` IS ?",
            "SELECT \"id\", \"customer\", \"invoice_date\", \"billing_order\", \"amount\", \"status\", \"paid\", \"note\" FROM \"invoices\" WHERE (\"status\" = ? OR (\"status\" IS NULL AND CAST(? AS text) IS NULL))");

    private static final DialectSql FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_COUNT_SQL = DialectSql.of(
            "SELECT COUNT(*) FROM `invoices` WHERE `status` IS ?",
            "SELECT COUNT(*) FROM \"invoices\" WHERE (\"status\" = ? OR (\"status\" IS NULL AND CAST(? AS text) IS NULL))");

    private static final DialectSql FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_ORDER_BY = DialectSql.of(
            "`amount` ASC",
            "\"amount\" ASC NULLS FIRST");

    private static final DialectSql TOTALS_SQL = DialectSql.of(
            "SELECT customer, SUM(amount) AS amount FROM invoices WHERE id IN (?...) GROUP BY customer ORDER BY customer",
            "SELECT customer, SUM(amount) AS amount FROM invoices WHERE id IN (?...::bigint) GROUP BY customer ORDER BY customer");

    private static final DialectSql COUNT_IN_CITY_SQL = DialectSql.portable("SELECT COUNT(*) FROM invoices i JOIN customers c ON c.name = i.customer WHERE c.city = ?");

    private static final DialectSql ANNOTATE_SQL = DialectSql.portable("UPDATE invoices SET note = ? WHERE customer = ? OR note = ?");

    private final RepositorySupport<Invoice, Long> support;

    public Invoices_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Invoice_Mapping.INSTANCE, "Invoices");
        support.slowQueryThreshold(Duration.ofMillis(50));
        support.slowQueryThreshold("Invoices.countInCity", Duration.ofSeconds(2));
        support.slowQueryThreshold("Invoices.findAll", Duration.ofMillis(20));
    }

    @Override
    public Invoice insert(Invoice entity) {
        return support.insert(entity);
    }

    @Override
    public List<Invoice> insertAll(Collection<Invoice> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Invoice save(Invoice entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Invoice entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Invoice> findById(Long id) {
        return support.findById(id);
    }

    @Override
    public List<Invoice> findAll() {
        return support.findAll();
    }

    @Override
    public Page<Invoice> findAll(PageRequest request) {
        return support.findAll(request);
    }

    @Override
    public long count() {
        return support.count();
    }

    @Override
    public boolean existsById(Long id) {
        return support.existsById(id);
    }

    /**
     * Runs {@code FIND_BY_CUSTOMER_AND_PAID_TRUE_OR_STATUS_SQL}. Reads invoices.
     */
    @Override
    public List<Invoice> findByCustomerAndPaidTrueOrStatus(String customer, Invoice.Status status) {
        return support.list("Invoices.findByCustomerAndPaidTrueOrStatus", FIND_BY_CUSTOMER_AND_PAID_TRUE_OR_STATUS_SQL, statement -> {
            int index = 1;
            Columns.setString(statement, index++, customer);
            index = NullSafe.bind(statement, index, status, Columns::setEnum);
            return index;
        }, Invoice_Mapping.INSTANCE::read);
    }

    /**
     * Runs {@code FIND_BY_INVOICE_DATE_BEFORE_ORDER_BY_INVOICE_DATE_DESC_SQL}. Reads invoices.
     */
    @Override
    public List<Invoice> findByInvoiceDateBeforeOrderByInvoiceDateDesc(LocalDate date) {
        return support.list("Invoices.findByInvoiceDateBeforeOrderByInvoiceDateDesc", FIND_BY_INVOICE_DATE_BEFORE_ORDER_BY_INVOICE_DATE_DESC_SQL, statement -> {
            Columns.setLocalDate(statement, 1, date);
            return 2;
        }, Invoice_Mapping.INSTANCE::read);
    }

    /**
     * Runs {@code FIND_FIRST_BY_ORDER_BY_BILLING_ORDER_DESC_SQL}. Reads invoices.
     */
    @Override
    public Optional<Invoice> findFirstByOrderByBillingOrderDesc() {
        return Optional.ofNullable(support.one("Invoices.findFirstByOrderByBillingOrderDesc", FIND_FIRST_BY_ORDER_BY_BILLING_ORDER_DESC_SQL, StatementBinder.NONE, Invoice_Mapping.INSTANCE::read));
    }

    /**
     * Runs {@code FIND_TOP3_BY_BILLING_ORDER_GREATER_THAN_ORDER_BY_AMOUNT_DESC_ID_ASC_SQL}. Reads invoices.
     */
    @Override
    public List<Invoice> findTop3ByBillingOrderGreaterThanOrderByAmountDescIdAsc(int order) {
        return support.list("Invoices.findTop3ByBillingOrderGreaterThanOrderByAmountDescIdAsc", FIND_TOP3_BY_BILLING_ORDER_GREATER_THAN_ORDER_BY_AMOUNT_DESC_ID_ASC_SQL, statement -> {
            statement.setInt(1, order);
            return 2;
        }, Invoice_Mapping.INSTANCE::read);
    }

    /**
     * Runs {@code COUNT_BY_STATUS_IN_SQL}. Reads invoices.
     */
    @Override
    public long countByStatusIn(Set<Invoice.Status> statuses) {
        return support.queryLong("Invoices.countByStatusIn", Sql.expand(COUNT_BY_STATUS_IN_SQL, statuses.size()), statement -> {
            int index = 1;
            for (Invoice.Status value : statuses) {
                Columns.setEnum(statement, index++, value);
            }
            return index;
        });
    }

    /**
     * Runs {@code EXISTS_BY_CUSTOMER_STARTING_WITH_IGNORE_CASE_SQL}. Reads invoices.
     */
    @Override
    public boolean existsByCustomerStartingWithIgnoreCase(String prefix) {
        return support.exists("Invoices.existsByCustomerStartingWithIgnoreCase", EXISTS_BY_CUSTOMER_STARTING_WITH_IGNORE_CASE_SQL, statement -> {
            Columns.setString(statement, 1, Patterns.likeStartingWith(prefix));
            return 2;
        });
    }

    /**
     * Runs {@code DELETE_BY_NOTE_NOT_SQL}. Writes invoices.
     *
     * <p>{@code noteNot} follows SQL: a row whose note is NULL does not match it, as NULL is neither equal nor unequal to any value. Add {@code OrNoteIsNull} to include such rows.
     */
    @Override
    public int deleteByNoteNot(String note) {
        return support.update("Invoices.deleteByNoteNot", DELETE_BY_NOTE_NOT_SQL, statement -> {
            Columns.setString(statement, 1, note);
            return 2;
        }, "invoices");
    }

    /**
     * Runs {@code FIND_BY_CUSTOMER_CONTAINING_SQL}. Reads invoices.
     */
    @Override
    public List<InvoiceSummary> findByCustomerContaining(String part) {
        return support.list("Invoices.findByCustomerContaining", FIND_BY_CUSTOMER_CONTAINING_SQL, statement -> {
            Patterns.setContaining(statement, 1, part);
            return 2;
        }, row -> new InvoiceSummary(row.getString(1), Columns.getBigDecimal(row, 2)));
    }

    /**
     * Runs {@code FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_SQL} a page at a time, counting with {@code FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_COUNT_SQL}. Reads invoices.
     */
    @Override
    public Page<Invoice> findByStatusOrderByAmountAsc(Invoice.Status status, PageRequest page) {
        return support.page("Invoices.findByStatusOrderByAmountAsc", FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_SQL, FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_COUNT_SQL, statement -> {
            int index = 1;
            index = NullSafe.bind(statement, index, status, Columns::setEnum);
            return index;
        }, page, FIND_BY_STATUS_ORDER_BY_AMOUNT_ASC_ORDER_BY, Invoice_Mapping.INSTANCE::read);
    }

    /**
     * Runs {@code TOTALS_SQL}. Reads invoices.
     */
    @Override
    public List<InvoiceSummary> totals(Collection<Long> ids) {
        return support.list("Invoices.totals", Sql.expand(TOTALS_SQL, ids.size()), statement -> {
            int index = 1;
            for (Long value : ids) {
                Columns.setLong(statement, index++, value);
            }
            return index;
        }, row -> new InvoiceSummary(row.getString(1), Columns.getBigDecimal(row, 2)));
    }

    /**
     * Runs {@code COUNT_IN_CITY_SQL}. Reads customers, invoices.
     */
    @Override
    public long countInCity(String city) {
        return support.value("Invoices.countInCity", COUNT_IN_CITY_SQL, statement -> {
            Columns.setString(statement, 1, city);
            return 2;
        }, row -> Columns.getLong(row, 1));
    }

    /**
     * Runs {@code ANNOTATE_SQL}. Writes invoices.
     */
    @Override
    public int annotate(String customer, String note) {
        return support.update("Invoices.annotate", ANNOTATE_SQL, statement -> {
            Columns.setString(statement, 1, note);
            Columns.setString(statement, 2, customer);
            Columns.setString(statement, 3, note);
            return 4;
        }, "invoices");
    }
}
