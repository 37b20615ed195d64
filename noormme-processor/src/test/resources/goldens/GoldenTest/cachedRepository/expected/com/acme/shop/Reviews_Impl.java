package com.acme.shop;

import dev.noormme.Database;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.internal.DialectSql;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Reviews}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Reviews_Impl implements Reviews {
    private static final DialectSql FIND_BY_PRODUCT_ID_SQL = DialectSql.of(
            "SELECT `id`, `product_id`, `stars` FROM `reviews` WHERE `product_id` = ?",
            "SELECT \"id\", \"product_id\", \"stars\" FROM \"reviews\" WHERE \"product_id\" = ?");

    private static final DialectSql EXISTS_BY_PRODUCT_ID_AND_STARS_SQL = DialectSql.of(
            "SELECT EXISTS(SELECT 1 FROM `reviews` WHERE `product_id` = ? AND `stars` = ?)",
            "SELECT EXISTS(SELECT 1 FROM \"reviews\" WHERE \"product_id\" = ? AND \"stars\" = ?)");

    private static final DialectSql DELETE_BY_STARS_SQL = DialectSql.of(
            "DELETE FROM `reviews` WHERE `stars` = ?",
            "DELETE FROM \"reviews\" WHERE \"stars\" = ?");

    private final RepositorySupport<Review, Long> support;

    private final CachedQuery<Optional<Review>> findByIdCache;

    private final CachedQuery<List<Review>> findAllCache;

    private final CachedQuery<Page<Review>> findAllPageCache;

    private final CachedQuery<Long> countCache;

    private final CachedQuery<Boolean> existsByIdCache;

    private final CachedQuery<List<Review>> findByProductIdCache;

    private final CachedQuery<Boolean> existsByProductIdAndStarsCache;

    public Reviews_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Review_Mapping.INSTANCE, "Reviews");
        this.findByIdCache = support.cached("Reviews.findById", Duration.ofDays(2), "reviews");
        this.findAllCache = support.cached("Reviews.findAll", Duration.ofDays(2), "reviews");
        this.findAllPageCache = support.cached("Reviews.findAllPage", Duration.ofDays(2), "reviews");
        this.countCache = support.cached("Reviews.count", Duration.ofDays(2), "reviews");
        this.existsByIdCache = support.cached("Reviews.existsById", Duration.ofDays(2), "reviews");
        this.findByProductIdCache = support.cached("Reviews.findByProductId", Duration.ofDays(2), "reviews");
        this.existsByProductIdAndStarsCache = support.cached("Reviews.existsByProductIdAndStars", Duration.ofDays(2), "reviews");
    }

    @Override
    public Review insert(Review entity) {
        return support.insert(entity);
    }

    @Override
    public List<Review> insertAll(Collection<Review> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Review save(Review entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Review entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Review> findById(Long id) {
        return findByIdCache.get(id, () -> support.findById(id));
    }

    @Override
    public List<Review> findAll() {
        return findAllCache.get(() -> support.findAll());
    }

    @Override
    public Page<Review> findAll(PageRequest request) {
        return findAllPageCache.get(request, () -> support.findAll(request));
    }

    @Override
    public long count() {
        return countCache.get(() -> support.count());
    }

    @Override
    public boolean existsById(Long id) {
        return existsByIdCache.get(id, () -> support.existsById(id));
    }

    /**
     * Runs {@code FIND_BY_PRODUCT_ID_SQL}. Reads reviews.
     *
     * <p>Cached for 2d; a committed write to a table it reads evicts it.
     */
    @Override
    public List<Review> findByProductId(long productId) {
        return findByProductIdCache.get(productId, () -> support.list("Reviews.findByProductId", FIND_BY_PRODUCT_ID_SQL, statement -> {
            statement.setLong(1, productId);
            return 2;
        }, Review_Mapping.INSTANCE::read));
    }

    /**
     * Runs {@code EXISTS_BY_PRODUCT_ID_AND_STARS_SQL}. Reads reviews.
     *
     * <p>Cached for 2d; a committed write to a table it reads evicts it.
     */
    @Override
    public boolean existsByProductIdAndStars(long productId, int stars) {
        return existsByProductIdAndStarsCache.get(new Object[] {productId, stars}, () -> support.exists("Reviews.existsByProductIdAndStars", EXISTS_BY_PRODUCT_ID_AND_STARS_SQL, statement -> {
            statement.setLong(1, productId);
            statement.setInt(2, stars);
            return 3;
        }));
    }

    /**
     * Runs {@code DELETE_BY_STARS_SQL}. Writes reviews.
     */
    @Override
    public int deleteByStars(int stars) {
        return support.update("Reviews.deleteByStars", DELETE_BY_STARS_SQL, statement -> {
            statement.setInt(1, stars);
            return 2;
        }, "reviews");
    }
}
