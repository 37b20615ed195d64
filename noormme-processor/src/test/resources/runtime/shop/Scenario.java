package shop;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import shop.Invoice.Status;

/** Runs every query method of Invoices on a real SQLite file; returns what each returned. */
public final class Scenario implements Function<String, List<String>> {

    private final List<String> seen = new ArrayList<>();

    @Override
    public List<String> apply(String url) {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url).build();
        try (ServiceFactory factory = ServiceFactory.initialize(config)) {
            Invoices invoices = factory.invoices();
            invoices.insertAll(List.of(
                    new Invoice(null, "ann", LocalDate.of(2024, 1, 10), 3, 100, Status.OPEN, true, "a"),
                    new Invoice(null, "bob", LocalDate.of(2024, 2, 10), 1, 50, Status.SENT, false, null),
                    new Invoice(null, "Ann Lee", LocalDate.of(2024, 3, 10), 5, 300, Status.CLOSED, false, "b"),
                    new Invoice(null, "carl", LocalDate.of(2024, 4, 10), 2, 200, Status.OPEN, false, "a"),
                    new Invoice(null, "bo*b", LocalDate.of(2024, 5, 10), 4, null, Status.SENT, true, null)));
            see("andOr", invoices.findByCustomerAndPaidTrueOrStatus("ann", Status.CLOSED));
            see("andOrNoMatch", invoices.findByCustomerAndPaidTrueOrStatus("bob", Status.CLOSED));
            see("before", invoices.findByInvoiceDateBefore(LocalDate.of(2024, 3, 1)));
            see("billingOrder", invoices.findByBillingOrderGreaterThan(3));
            seen.add("first=" + invoices.findFirstByOrderByBillingOrderDesc().map(Invoice::id).orElse(null));
            seen.add("top3=" + ids(invoices.findTop3ByOrderByBillingOrderDesc()));
            see("noteNot", invoices.findByNoteNot("a"));
            see("statusNot", invoices.findByStatusNot(Status.OPEN));
            see("inSet", invoices.findByStatusIn(Set.of(Status.OPEN)));
            see("inList", invoices.findByStatusIn(List.of(Status.SENT, Status.CLOSED)));
            see("inEmpty", invoices.findByStatusIn(List.of()));
            see("notIn", invoices.findByIdNotIn(List.of(1L, 2L)));
            see("notInEmpty", invoices.findByIdNotIn(List.of()));
            see("lessThan", invoices.findByAmountLessThan(100));
            see("lessThanEqual", invoices.findByAmountLessThanEqual(100));
            see("greaterThanEqual", invoices.findByAmountGreaterThanEqual(200));
            see("after", invoices.findByInvoiceDateAfter(LocalDate.of(2024, 4, 1)));
            see("between", invoices.findByAmountBetween(50, 100));
            see("like", invoices.findByCustomerLike("%nn%"));
            see("notLike", invoices.findByCustomerNotLike("%o%"));
            see("startingWith", invoices.findByCustomerStartingWith("bo"));
            see("startingWithStar", invoices.findByCustomerStartingWith("bo*"));
            see("endingWith", invoices.findByCustomerEndingWith("b"));
            see("containing", invoices.findByCustomerContaining("nn"));
            see("containingUpper", invoices.findByCustomerContaining("NN"));
            see("containingIgnoreCase", invoices.findByCustomerContainingIgnoreCase("NN"));
            see("ignoreCase", invoices.findByCustomerIgnoreCase("ANN"));
            see("startingWithIgnoreCase", invoices.findByCustomerStartingWithIgnoreCase("ANN"));
            see("isNull", invoices.findByAmountIsNull());
            see("isNotNull", invoices.findByAmountIsNotNull());
            see("true", invoices.findByPaidTrue());
            see("false", invoices.findByPaidFalse());
            seen.add("count=" + invoices.countByStatus(Status.OPEN) + "," + invoices.countByPaidTrue());
            seen.add("exists=" + invoices.existsByCustomer("carl") + "," + invoices.existsByCustomer("zed"));
            seen.add("one=" + invoices.getByCustomer("carl").id() + "," + invoices.queryByCustomer("zed") + ","
                    + invoices.readByCustomer("bob").map(Invoice::id).orElse(null));
            Page<Invoice> sent = invoices.findByStatusOrderByAmountDesc(Status.SENT, PageRequest.of(1, 1));
            Page<Invoice> sent2 = invoices.findByStatusOrderByAmountDesc(Status.SENT, PageRequest.of(2, 1));
            seen.add("page=" + ids(sent.content()) + "," + sent.totalElements() + "," + sent.hasNext() + ","
                    + ids(sent2.content()) + "," + sent2.hasNext());
            Page<Summary> unpaid = invoices.findByPaidFalse(PageRequest.of(1, 2));
            seen.add("pageProjection=" + unpaid.content() + "," + unpaid.totalPages());
            seen.add("projection=" + invoices.findByPaidTrueOrderByIdAsc());
            see("queryEntity", invoices.withCustomerLike("%n%"));
            seen.add("queryReordered=" + invoices.byIdReordered(3).equals(invoices.findById(3L))
                    + "," + invoices.byIdReordered(99).isPresent());
            seen.add("queryProjection=" + invoices.totals(List.of(1L, 3L, 4L)) + "," + invoices.totals(Set.of()));
            seen.add("queryScalar=" + invoices.customerOf(2) + "," + invoices.customerOfQuoted(2) + "," + invoices.customers() + ","
                    + invoices.maxAmount(Status.OPEN).orElse(null) + "," + invoices.maxAmount(Status.CLOSED).isPresent());
            seen.add("queryCounts=" + invoices.countAbove(100) + "," + invoices.countPaid(true));
            see("queryNameTwice", invoices.mentioning("a"));
            seen.add("queryUpdate=" + invoices.annotate(List.of(2L, 5L), "late") + ","
                    + invoices.findById(5L).orElseThrow().note() + "," + invoices.payAll(Status.SENT));
            invoices.remove("carl");
            seen.add("queryDelete=" + invoices.existsByCustomer("carl"));
            seen.add("delete=" + invoices.deleteByStatus(Status.CLOSED) + "," + invoices.deleteByPaidTrue());
            invoices.deleteByCustomer("nobody");
            seen.add("left=" + invoices.count());
        }
        return seen;
    }

    private void see(String name, Collection<Invoice> rows) {
        seen.add(name + "=" + ids(rows).stream().sorted().toList());
    }

    private static List<Long> ids(Collection<Invoice> rows) {
        return rows.stream().map(Invoice::id).toList();
    }
}
