package dev.noormme.benchmarks;

import dev.noormme.annotations.Cached;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.Optional;

/** The cached side of {@link CacheBenchmarks}: {@code findById} re-declared with {@code @Cached}. */
@Repository
public interface CachedAccountsRepository extends CrudRepository<Account, Long> {

    @Cached(ttl = "1h")
    Optional<Account> findById(Long id);
}
