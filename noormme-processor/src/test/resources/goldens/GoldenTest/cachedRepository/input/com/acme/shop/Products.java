package com.acme.shop;

import dev.noormme.annotations.Cached;
import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Caching method by method: a CRUD re-declaration, a derived query, a join, several arguments,
 * a collection argument (keyed by a copy); stale-if-error allowances on a CRUD read and a query
 * method.
 */
// Golden inputs show generated code; index advice has its own test.
@Repository
@SuppressWarnings("noormme-index")
public interface Products extends CrudRepository<Product, Long> {

    @Cached(ttl = "5m", staleIfError = "1h")
    Optional<Product> findById(Long id);

    @Cached(ttl = "30s", staleIfError = "2d")
    List<Product> findByCategoryOrderByNameAsc(String category);

    @Cached(ttl = "250ms")
    long countByCategoryAndPriceCentsLessThan(String category, long priceCents);

    @Cached(ttl = "1m")
    List<Product> findByCategoryInOrderByIdAsc(Collection<String> categories);

    @Cached(ttl = "1h")
    @Query("SELECT p.* FROM products p JOIN reviews r ON r.product_id = p.id WHERE r.stars >= :stars ORDER BY p.id")
    List<Product> reviewedAtLeast(int stars);

    List<Product> findByName(String name);

    @Query("UPDATE products SET price_cents = price_cents * :percent / 100 WHERE category = :category")
    int reprice(String category, long percent);

    long deleteByCategory(String category);
}
