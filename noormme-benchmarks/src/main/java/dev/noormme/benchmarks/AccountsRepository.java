package dev.noormme.benchmarks;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

/** The generated side of every benchmark. */
@Repository
public interface AccountsRepository extends CrudRepository<Account, Long> {
}
