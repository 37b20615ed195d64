package cachedargs;

import dev.noormme.annotations.Cached;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Set;

@Repository
@SuppressWarnings("noormme-index")
public interface Items extends CrudRepository<Item, Long> {

    @Cached(ttl = "1h")
    List<Item> findByCategoryInOrderByIdAsc(Collection<String> categories);

    @Cached(ttl = "1h")
    List<Item> findByCategoryInAndQuantityOrderByIdAsc(Set<String> categories, int quantity);

    @Cached(ttl = "1h")
    List<Item> findByCodeOrderByIdAsc(byte[] code);

    List<Item> findAll();
}
