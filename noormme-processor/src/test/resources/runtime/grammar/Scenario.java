package grammar;

import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import grammar.Ticket.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Runs every method of Tickets on a real SQLite file; returns what each returned. */
public final class Scenario implements Function<String, List<String>> {

    private final List<String> seen = new ArrayList<>();

    @Override
    public List<String> apply(String url) {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url).build();
        try (ServiceFactory factory = ServiceFactory.create(config)) {
            Tickets tickets = factory.tickets();
            tickets.insertAll(List.of(
                    new Ticket(null, "ann", 100, Status.OPEN, true, "a"),
                    new Ticket(null, "bob", 50, Status.OPEN, false, null),
                    new Ticket(null, "Ann Lee", 300, Status.CLOSED, false, "B"),
                    new Ticket(null, "bob", null, Status.OPEN, false, "b")));
            see("is", tickets.findByCustomerIs("bob"));
            see("equals", tickets.findByCustomerEquals("ann"));
            see("subjectIsGreaterThan", tickets.findTicketsByAmountIsGreaterThan(60));
            see("isLessThanEqual", tickets.findByAmountIsLessThanEqual(100));
            see("isBetween", tickets.findByAmountIsBetween(60, 300));
            see("isIn", tickets.findByStatusIsIn(List.of(Status.CLOSED)));
            see("isNotIn", tickets.findByStatusIsNotIn(List.of(Status.CLOSED)));
            see("isLike", tickets.findByCustomerIsLike("%nn%"));
            see("searchStartsWith", tickets.searchByCustomerStartsWith("An"));
            see("endsWith", tickets.findByCustomerEndsWith("ob"));
            see("contains", tickets.findByCustomerContains("nn"));
            see("notContaining", tickets.findByCustomerNotContaining("nn"));
            see("notContainsIgnoringCase", tickets.findByCustomerNotContainsIgnoringCase("ANN"));
            see("null", tickets.findByAmountNull());
            see("notNull", tickets.findByAmountNotNull());
            see("isTrue", tickets.findByPaidIsTrue());
            see("isFalse", tickets.findByPaidIsFalse());
            see("equalsNull", tickets.findByNote(null));
            see("equalsValue", tickets.findByNote("b"));
            see("notNullArgument", tickets.findByNoteIsNot(null));
            see("notValue", tickets.findByNoteIsNot("a"));
            see("ignoreCaseNull", tickets.findByNoteIgnoreCase(null));
            see("ignoreCaseValue", tickets.findByNoteIgnoreCase("b"));
            see("allIgnoreCase", tickets.findByCustomerAndNoteAllIgnoreCase("ANN LEE", "b"));
            seen.add("allIgnoringCaseOrdered=" + ids(tickets.findByCustomerOrAmountAllIgnoringCaseOrderByIdDesc("BOB", 100)));
            seen.add("top=" + tickets.findTopByOrderByAmountDesc().map(Ticket::id).orElse(null));
            seen.add("firstSubject=" + tickets.findFirstTicketByOrderByIdDesc().map(Ticket::id).orElse(null));
            seen.add("top2=" + ids(tickets.findTop2TicketsByOrderByIdAsc()));
            seen.add("distinct=" + tickets.findDistinctByPaidFalseOrderByCustomerAsc());
            Page<CustomerStatus> page = tickets.findDistinctByIdGreaterThan(0, PageRequest.of(1, 10));
            seen.add("distinctPage=" + page.content().size() + "," + page.totalElements());
            seen.add("counts=" + tickets.countTicketsByPaidFalse() + "," + tickets.countDistinctByPaidFalse());
            seen.add("exists=" + tickets.existsTicketByNote(null) + "," + tickets.existsTicketByNote("zzz"));
            try (Stream<Ticket> unpaid = tickets.streamByPaidFalseOrderByIdAsc()) {
                seen.add("stream=" + unpaid.map(Ticket::id).toList());
            }
            try (Stream<CustomerStatus> all = tickets.streamAllByOrderByIdDesc()) {
                seen.add("streamProjection=" + all.limit(1).toList());
            }
            try (Stream<Ticket> open = tickets.findByStatusOrderByIdAsc(Status.OPEN)) {
                seen.add("findStream=" + open.map(Ticket::id).toList());
            }
            try (Stream<String> customers = tickets.customersAfter(2)) {
                seen.add("queryStream=" + customers.toList());
            }
            seen.add("primitive=" + tickets.amountOf(1) + "," + tickets.paidOf(1) + "," + refused(() -> tickets.amountOf(99))
                    + "," + refused(() -> tickets.amountOf(4)) + "," + refused(() -> tickets.paidOf(99)));
            seen.add("namedLikeGenerated=" + tickets.countNamed("ann", "B", "b") + ","
                    + sorted(tickets.findByCustomerAndNoteOrIdIn("bob", null, List.of(1L))) + ","
                    + sorted(tickets.findByCustomerOrNoteOrNote("zed", "a", "B")) + ","
                    + tickets.findFirstByCustomerAndAmount("bob", null).map(Ticket::id).orElse(null));
            seen.add("remove=" + tickets.removeByCustomer("bob") + "," + tickets.removeTicketsByPaidTrue() + ","
                    + tickets.count());
        }
        return seen;
    }

    private static String refused(Runnable call) {
        try {
            call.run();
            return "returned";
        } catch (NoormmeException e) {
            return e.getMessage().substring(0, e.getMessage().indexOf(',') < 0 ? e.getMessage().length()
                    : e.getMessage().indexOf(','));
        }
    }

    private void see(String name, Collection<Ticket> rows) {
        seen.add(name + "=" + sorted(rows));
    }

    private static List<Long> sorted(Collection<Ticket> rows) {
        return ids(rows).stream().sorted().toList();
    }

    private static List<Long> ids(Collection<Ticket> rows) {
        return rows.stream().map(Ticket::id).toList();
    }
}
