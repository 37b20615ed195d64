package dev.noormme.examples;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

/** Users; the implementation is generated at compile time. */
@Repository
public interface UsersRepository extends CrudRepository<User, Long> {
}
