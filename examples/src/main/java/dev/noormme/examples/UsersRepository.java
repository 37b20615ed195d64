package dev.noormme.examples;

import dev.noormme.annotations.Cached;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Users; the implementation is generated, and every query is checked at compile time.
 * {@code findByEmail} is cached: a committed write to {@code users} evicts it.
 */
@Repository
public interface UsersRepository extends CrudRepository<User, Long> {

    @Cached(ttl = "5m")
    Optional<User> findByEmail(String email);

    List<User> findByCreatedAtAfterOrderByEmailAsc(Instant since);

    long countByDisplayNameLike(String pattern);
}
