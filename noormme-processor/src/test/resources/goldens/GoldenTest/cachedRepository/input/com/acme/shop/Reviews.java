package com.acme.shop;

import dev.noormme.annotations.Cached;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.List;

/** Every read cached by the repository's @Cached, CRUD reads included; writes are not. */
@Cached(ttl = "2d")
// Golden inputs show generated code; index advice has its own test.
@Repository
@SuppressWarnings("noormme-index")
public interface Reviews extends CrudRepository<Review, Long> {

    List<Review> findByProductId(long productId);

    boolean existsByProductIdAndStars(long productId, int stars);

    int deleteByStars(int stars);
}
