package stale;

import dev.noormme.annotations.Cached;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@Repository
@SuppressWarnings("noormme-index")
public interface Notes extends CrudRepository<Note, Long> {

    @Cached(ttl = "1h", staleIfError = "1h")
    Optional<Note> findById(Long id);

    @Cached(ttl = "1h", staleIfError = "1h")
    List<Note> findByTitle(String title);

    @Cached(ttl = "1h")
    long countByTitle(String title);
}
