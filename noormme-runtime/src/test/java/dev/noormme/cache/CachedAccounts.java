package dev.noormme.cache;

import dev.noormme.internal.DialectSql;
import dev.noormme.Database;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.internal.Columns;
import dev.noormme.internal.CrudWrites;
import dev.noormme.internal.RepositorySupport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@code AccountsRepository_Impl} whose reads are {@code @Cached}, written as the processor
 * writes one: a {@link CachedQuery} per cached method, declared tables for every write. Counts
 * how often a query really ran, so tests can tell a hit from a miss.
 */
final class CachedAccounts {

    static final String SELECT = "SELECT \"id\", \"email\", \"name\" FROM \"accounts\"";
    private static final String FIND_BY_NAME_SQL = SELECT + " WHERE \"name\" = ? ORDER BY \"id\"";
    private static final String RENAME_SQL = "UPDATE \"accounts\" SET \"name\" = ? WHERE \"id\" = ?";
    private static final String DELETE_BY_NAME_SQL = "DELETE FROM \"accounts\" WHERE \"name\" = ?";

    final RepositorySupport<Account, Long> support;
    final AtomicInteger loads = new AtomicInteger();
    private final CachedQuery<Optional<Account>> findByIdCache;
    private final CachedQuery<List<Account>> findByNameCache;
    private final CachedQuery<Long> countCache;

    CachedAccounts(Database database, Duration ttl, CrudWrites writes) {
        this.support = new RepositorySupport<>(database, AccountMapping.INSTANCE, writes, "AccountsRepository");
        this.findByIdCache = support.cached("AccountsRepository.findById", ttl, "accounts");
        this.findByNameCache = support.cached("AccountsRepository.findByName", ttl, "accounts");
        this.countCache = support.cached("AccountsRepository.count", ttl, "accounts");
    }

    CachedAccounts(Database database, Duration ttl) {
        this(database, ttl, CrudWrites.of("accounts"));
    }

    Optional<Account> findById(long id) {
        return findByIdCache.get(id, () -> {
            loads.incrementAndGet();
            return support.findById(id);
        });
    }

    List<Account> findByName(String name) {
        return findByNameCache.get(name, () -> {
            loads.incrementAndGet();
            return support.list("AccountsRepository.findByName", DialectSql.portable(FIND_BY_NAME_SQL), statement -> {
                Columns.setString(statement, 1, name);
                return 2;
            }, AccountMapping.INSTANCE::read);
        });
    }

    long count() {
        return countCache.get(() -> {
            loads.incrementAndGet();
            return support.count();
        });
    }

    /** A {@code @Query} UPDATE. */
    int rename(long id, String name) {
        return support.update("AccountsRepository.rename", DialectSql.portable(RENAME_SQL), statement -> {
            Columns.setString(statement, 1, name);
            statement.setLong(2, id);
            return 3;
        }, "accounts");
    }

    /** A derived {@code deleteByName}. */
    int deleteByName(String name) {
        return support.update("AccountsRepository.deleteByName", DialectSql.portable(DELETE_BY_NAME_SQL), statement -> {
            Columns.setString(statement, 1, name);
            return 2;
        }, "accounts");
    }

    /** {@code id:email:name}, to compare accounts, which have no equals. */
    static String text(Account account) {
        return account.getId() + ":" + account.getEmail() + ":" + account.getName();
    }

    static String text(Optional<Account> account) {
        return account.map(CachedAccounts::text).orElse("none");
    }

    static List<String> text(List<Account> accounts) {
        return accounts.stream().map(CachedAccounts::text).toList();
    }
}
