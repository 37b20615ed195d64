package com.acme.users;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.Optional;

@Repository
public interface UsersRepository extends CrudRepository<User, Long> {
    Optional<User> findById(Long id);

    default boolean isEmpty() {
        return count() == 0;
    }
}
