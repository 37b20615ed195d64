package grammar;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Spring Data's spellings, null arguments, streams, and parameters named like generated code's names. */
@Repository
@SuppressWarnings("noormme-index") // every spelling on a few rows; index advice has its own test
public interface Tickets extends CrudRepository<Ticket, Long> {
    List<Ticket> findByCustomerIs(String customer);
    List<Ticket> findByCustomerEquals(String customer);
    List<Ticket> findTicketsByAmountIsGreaterThan(Integer amount);
    List<Ticket> findByAmountIsLessThanEqual(int amount);
    List<Ticket> findByAmountIsBetween(int low, int high);
    List<Ticket> findByStatusIsIn(Collection<Ticket.Status> statuses);
    List<Ticket> findByStatusIsNotIn(Collection<Ticket.Status> statuses);
    List<Ticket> findByCustomerIsLike(String pattern);
    List<Ticket> searchByCustomerStartsWith(String prefix);
    List<Ticket> findByCustomerEndsWith(String suffix);
    List<Ticket> findByCustomerContains(String part);
    List<Ticket> findByCustomerNotContaining(String part);
    List<Ticket> findByCustomerNotContainsIgnoringCase(String part);
    List<Ticket> findByAmountNull();
    List<Ticket> findByAmountNotNull();
    List<Ticket> findByPaidIsTrue();
    List<Ticket> findByPaidIsFalse();
    List<Ticket> findByNote(String note);
    List<Ticket> findByNoteIsNot(String note);
    List<Ticket> findByNoteIgnoreCase(String note);
    List<Ticket> findByCustomerAndNoteAllIgnoreCase(String customer, String note);
    List<Ticket> findByCustomerOrAmountAllIgnoringCaseOrderByIdDesc(String customer, Integer amount);
    Optional<Ticket> findTopByOrderByAmountDesc();
    Optional<Ticket> findFirstTicketByOrderByIdDesc();
    List<Ticket> findTop2TicketsByOrderByIdAsc();
    List<CustomerStatus> findDistinctByPaidFalseOrderByCustomerAsc();
    Page<CustomerStatus> findDistinctByIdGreaterThan(long id, PageRequest page);
    long countTicketsByPaidFalse();
    long countDistinctByPaidFalse();
    boolean existsTicketByNote(String note);
    int removeByCustomer(String customer);
    long removeTicketsByPaidTrue();
    Stream<Ticket> streamByPaidFalseOrderByIdAsc();
    Stream<CustomerStatus> streamAllByOrderByIdDesc();
    Stream<Ticket> findByStatusOrderByIdAsc(Ticket.Status status);

    @Query("SELECT customer FROM tickets WHERE id > :id ORDER BY id")
    Stream<String> customersAfter(long id);

    @Query("SELECT amount FROM tickets WHERE id = :id")
    int amountOf(long id);

    @Query("SELECT paid FROM tickets WHERE id = :id")
    boolean paidOf(long id);

    @Query("SELECT COUNT(*) FROM tickets WHERE customer = :Columns OR note = :Sql OR note = :support")
    long countNamed(String Columns, String Sql, String support);

    List<Ticket> findByCustomerAndNoteOrIdIn(String statement, String index, Collection<Long> RepositorySupport);

    List<Ticket> findByCustomerOrNoteOrNote(String row, String Ticket_Mapping, String java);

    Optional<Ticket> findFirstByCustomerAndAmount(String Optional, Integer Math);
}
