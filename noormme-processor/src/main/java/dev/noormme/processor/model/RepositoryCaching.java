package dev.noormme.processor.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a repository's {@code CrudRepository} methods take part in the query cache.
 *
 * @param crudReads the cached CRUD reads by name ({@code findById}, {@code findAll},
 *     {@code findAllPage}, {@code count}, {@code existsById}) and how each is cached
 * @param crudWrites the tables each CRUD write ({@code insert}, {@code save}, {@code update},
 *     {@code deleteById}) changes, as {@code EXPLAIN} showed them (cascades and triggers included);
 *     a write missing here changes the entity's table alone
 */
public record RepositoryCaching(Map<String, CacheSettings> crudReads, Map<String, SortedSet<String>> crudWrites) {

    public RepositoryCaching {
        crudReads = Collections.unmodifiableMap(new TreeMap<>(crudReads));
        TreeMap<String, SortedSet<String>> writes = new TreeMap<>();
        crudWrites.forEach((write, tables) -> writes.put(write, Collections.unmodifiableSortedSet(new TreeSet<>(tables))));
        crudWrites = Collections.unmodifiableMap(writes);
    }

    /** Nothing cached; every write changes the entity's table alone. */
    public static RepositoryCaching none() {
        return new RepositoryCaching(Map.of(), Map.of());
    }
}
