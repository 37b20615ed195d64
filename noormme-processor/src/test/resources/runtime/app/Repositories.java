package app;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

public final class Repositories {
    private Repositories() {
    }

    @Repository
    public interface UsersRepository extends CrudRepository<User, Long> {
    }

    @Repository
    public interface TagsRepository extends CrudRepository<Tag, Integer> {
    }
}
