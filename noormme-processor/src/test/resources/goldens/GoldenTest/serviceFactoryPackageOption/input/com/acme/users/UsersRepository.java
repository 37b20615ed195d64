package com.acme.users;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

@Repository
public interface UsersRepository extends CrudRepository<User, Long> {
}
