package dev.noormme.benchmarks;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** The generated side of every benchmark. */
@Repository
public interface AccountsRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    // Compared with the same SQL written by hand, scan included: an index would change both sides.
    @SuppressWarnings("noormme-index")
    @Query("SELECT * FROM accounts WHERE login_count = :loginCount AND balance > :minimum ORDER BY id LIMIT 20")
    List<Account> withLoginCountAbove(int loginCount, double minimum);
}
