package com.acme.shop;

import dev.noormme.Database;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.internal.Columns;
import dev.noormme.internal.DialectSql;
import dev.noormme.internal.NullSafe;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.internal.Sql;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Products}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Products_Impl implements Products {
    private static final DialectSql FIND_BY_CATEGORY_ORDER_BY_NAME_ASC_SQL = DialectSql.of(
            "SELECT `id`, `name`, `category`, `price_cents` FROM `products` WHERE `category` IS ? ORDER BY `name` ASC",
            "SELECT \"id\", \"name\", \"category\", \"price_cents\" FROM \"products\" WHERE (\"category\" = ? OR (\"category\" IS NULL AND CAST(? AS text) IS NULL)) ORDER BY \"name\" ASC NULLS FIRST");

    private static final DialectSql COUNT_BY_CATEGORY_AND_PRICE_CENTS_LESS_THAN_SQL = DialectSql.of(
            "SELECT COUNT(*) FROM `products` WHERE `category` IS ? AND `price_cents` < ?",
            "SELECT COUNT(*) FROM \"products\" WHERE (\"category\" = ? OR (\"category\" IS NULL AND CAST(? AS text) IS NULL)) AND \"price_cents\" < ?");

    private static final DialectSql FIND_BY_CATEGORY_IN_ORDER_BY_ID_ASC_SQL = DialectSql.of(
            "SELECT `id`, `name`, `category`, `price_cents` FROM `products` WHERE `category` IN (?...) ORDER BY `id` ASC",
            "SELECT \"id\", \"name\", \"category\", \"price_cents\" FROM \"products\" WHERE \"category\" IN (?...::text) ORDER BY \"id\" ASC");

    private static final DialectSql REVIEWED_AT_LEAST_SQL = DialectSql.portable("SELECT p.* FROM products p JOIN reviews r ON r.product_id = p.id WHERE r.stars >= ? ORDER BY p.id");

    private static final DialectSql FIND_BY_NAME_SQL = DialectSql.of(
            "SELECT `id`, `name`, `category`, `price_cents` FROM `products` WHERE `name` IS ?",
            "SELECT \"id\", \"name\", \"category\", \"price_cents\" FROM \"products\" WHERE (\"name\" = ? OR (\"name\" IS NULL AND CAST(? AS text) IS NULL))");

    private static final DialectSql REPRICE_SQL = DialectSql.portable("UPDATE products SET price_cents = price_cents * ? / 100 WHERE category = ?");

    private static final DialectSql DELETE_BY_CATEGORY_SQL = DialectSql.of(
            "DELETE FROM `products` WHERE `category` IS ?",
            "DELETE FROM \"products\" WHERE (\"category\" = ? OR (\"category\" IS NULL AND CAST(? AS text) IS NULL))");

    private final RepositorySupport<Product, Long> support;

    private final CachedQuery<Optional<Product>> findByIdCache;

    private final CachedQuery<List<Product>> findByCategoryOrderByNameAscCache;

    private final CachedQuery<Long> countByCategoryAndPriceCentsLessThanCache;

    private final CachedQuery<List<Product>> findByCategoryInOrderByIdAscCache;

    private final CachedQuery<List<Product>> reviewedAtLeastCache;

    public Products_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Product_Mapping.INSTANCE, "Products");
        this.findByIdCache = support.cached("Products.findById", Duration.ofMinutes(5), Duration.ofHours(1), "products");
        this.findByCategoryOrderByNameAscCache = support.cached("Products.findByCategoryOrderByNameAsc", Duration.ofSeconds(30), Duration.ofDays(2), "products");
        this.countByCategoryAndPriceCentsLessThanCache = support.cached("Products.countByCategoryAndPriceCentsLessThan", Duration.ofMillis(250), "products");
        this.findByCategoryInOrderByIdAscCache = support.cached("Products.findByCategoryInOrderByIdAsc", Duration.ofMinutes(1), "products");
        this.reviewedAtLeastCache = support.cached("Products.reviewedAtLeast", Duration.ofHours(1), "products", "reviews");
    }

    @Override
    public Product insert(Product entity) {
        return support.insert(entity);
    }

    @Override
    public List<Product> insertAll(Collection<Product> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Product save(Product entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Product entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Product> findById(Long id) {
        return findByIdCache.get(id, () -> support.findById(id));
    }

    @Override
    public List<Product> findAll() {
        return support.findAll();
    }

    @Override
    public Page<Product> findAll(PageRequest request) {
        return support.findAll(request);
    }

    @Override
    public long count() {
        return support.count();
    }

    @Override
    public boolean existsById(Long id) {
        return support.existsById(id);
    }

    /**
     * Runs {@code FIND_BY_CATEGORY_ORDER_BY_NAME_ASC_SQL}. Reads products.
     *
     * <p>Cached for 30s; a committed write to a table it reads evicts it.
     */
    @Override
    public List<Product> findByCategoryOrderByNameAsc(String category) {
        return findByCategoryOrderByNameAscCache.get(category, () -> support.list("Products.findByCategoryOrderByNameAsc", FIND_BY_CATEGORY_ORDER_BY_NAME_ASC_SQL, statement -> {
            int index = 1;
            index = NullSafe.bind(statement, index, category, Columns::setString);
            return index;
        }, Product_Mapping.INSTANCE::read));
    }

    /**
     * Runs {@code COUNT_BY_CATEGORY_AND_PRICE_CENTS_LESS_THAN_SQL}. Reads products.
     *
     * <p>Cached for 250ms; a committed write to a table it reads evicts it.
     */
    @Override
    public long countByCategoryAndPriceCentsLessThan(String category, long priceCents) {
        return countByCategoryAndPriceCentsLessThanCache.get(new Object[] {category, priceCents}, () -> support.queryLong("Products.countByCategoryAndPriceCentsLessThan", COUNT_BY_CATEGORY_AND_PRICE_CENTS_LESS_THAN_SQL, statement -> {
            int index = 1;
            index = NullSafe.bind(statement, index, category, Columns::setString);
            statement.setLong(index++, priceCents);
            return index;
        }));
    }

    /**
     * Runs {@code FIND_BY_CATEGORY_IN_ORDER_BY_ID_ASC_SQL}. Reads products.
     *
     * <p>Cached for 1m; a committed write to a table it reads evicts it.
     */
    @Override
    public List<Product> findByCategoryInOrderByIdAsc(Collection<String> categories) {
        return findByCategoryInOrderByIdAscCache.get(CachedQuery.byValue(categories), () -> support.list("Products.findByCategoryInOrderByIdAsc", Sql.expand(FIND_BY_CATEGORY_IN_ORDER_BY_ID_ASC_SQL, categories.size()), statement -> {
            int index = 1;
            for (String value : categories) {
                Columns.setString(statement, index++, value);
            }
            return index;
        }, Product_Mapping.INSTANCE::read));
    }

    /**
     * Runs {@code REVIEWED_AT_LEAST_SQL}. Reads products, reviews.
     *
     * <p>Cached for 1h; a committed write to a table it reads evicts it.
     */
    @Override
    public List<Product> reviewedAtLeast(int stars) {
        return reviewedAtLeastCache.get(stars, () -> support.list("Products.reviewedAtLeast", REVIEWED_AT_LEAST_SQL, statement -> {
            statement.setInt(1, stars);
            return 2;
        }, Product_Mapping.INSTANCE::read));
    }

    /**
     * Runs {@code FIND_BY_NAME_SQL}. Reads products.
     */
    @Override
    public List<Product> findByName(String name) {
        return support.list("Products.findByName", FIND_BY_NAME_SQL, statement -> {
            int index = 1;
            index = NullSafe.bind(statement, index, name, Columns::setString);
            return index;
        }, Product_Mapping.INSTANCE::read);
    }

    /**
     * Runs {@code REPRICE_SQL}. Writes products.
     */
    @Override
    public int reprice(String category, long percent) {
        return support.update("Products.reprice", REPRICE_SQL, statement -> {
            statement.setLong(1, percent);
            Columns.setString(statement, 2, category);
            return 3;
        }, "products");
    }

    /**
     * Runs {@code DELETE_BY_CATEGORY_SQL}. Writes products.
     */
    @Override
    public long deleteByCategory(String category) {
        return support.update("Products.deleteByCategory", DELETE_BY_CATEGORY_SQL, statement -> {
            int index = 1;
            index = NullSafe.bind(statement, index, category, Columns::setString);
            return index;
        }, "products");
    }
}
