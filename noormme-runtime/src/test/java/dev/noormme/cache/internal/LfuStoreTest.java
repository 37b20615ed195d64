package dev.noormme.cache.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The LFU store's eviction order on crafted traces: counts, ties by age, decay. */
class LfuStoreTest {

    private static Entry entry(String value) {
        return new Entry(null, value, 0, Long.MAX_VALUE);
    }

    private static void put(LfuStore store, String... keys) {
        for (String key : keys) {
            store.put(key, entry(key));
        }
    }

    private static void read(LfuStore store, String key, int times) {
        for (int i = 0; i < times; i++) {
            assertNotNull(store.get(key), key);
        }
    }

    private static Set<String> keys(LfuStore store, String... candidates) {
        Set<String> present = new TreeSet<>();
        for (String key : candidates) {
            if (store.count(key) > 0) {
                present.add(key);
            }
        }
        return present;
    }

    @Test
    void evictsTheLeastReadEntryWhenFull() {
        LfuStore store = new LfuStore(3);
        put(store, "a", "b", "c");
        read(store, "a", 3);
        read(store, "b", 1);

        put(store, "d"); // c: one use, the fewest
        assertEquals(Set.of("a", "b", "d"), keys(store, "a", "b", "c", "d"));
        read(store, "d", 2); // d: 3 uses, b: 2
        put(store, "e");
        assertEquals(Set.of("a", "d", "e"), keys(store, "a", "b", "c", "d", "e"));
        assertEquals(List.of(4L, 3L, 1L), List.of(store.count("a"), store.count("d"), store.count("e")));
        assertEquals(2, store.evictions());
        assertEquals(3, store.size());
    }

    @Test
    void tiesGoToTheEntryThatReachedItsCountFirst() {
        LfuStore store = new LfuStore(3);
        put(store, "a", "b", "c");
        put(store, "d"); // all used once: a is the oldest
        assertEquals(Set.of("b", "c", "d"), keys(store, "a", "b", "c", "d"));

        read(store, "c", 1);
        read(store, "b", 1); // b and c both at 2, c got there first; d alone at 1
        put(store, "e");
        assertEquals(Set.of("b", "c", "e"), keys(store, "b", "c", "d", "e"));
        read(store, "e", 1); // three at 2, in the order they got there: c, b, e
        put(store, "f");
        assertEquals(Set.of("b", "e", "f"), keys(store, "b", "c", "e", "f"));
    }

    @Test
    void countsHalveSoAnEntryHotOnceLeavesAfterTheHotSetChanges() {
        LfuStore store = new LfuStore(3); // counts halve every 30 operations
        put(store, "old");
        read(store, "old", 20);
        assertTrue(store.count("old") > 16, "old is hot: " + store.count("old"));

        put(store, "new");
        for (int round = 0; round < 60; round++) {
            read(store, "new", 2);
            put(store, "scan" + round); // a one-off key: competes for the third slot
        }
        assertEquals(0, store.count("old"), "old should have decayed and been evicted");
        assertTrue(store.count("new") > 0);
        // 20 reads a period and a halving at its end: the count settles below c = c / 2 + 20, i.e. 40.
        assertTrue(store.count("new") <= 40, "counts stay bounded by the halving: " + store.count("new"));
    }

    @Test
    void withoutDecayDueTheHotEntryStays() {
        LfuStore store = new LfuStore(1_000); // the period (10,000 operations) is never reached here
        put(store, "old");
        read(store, "old", 20);
        for (int i = 0; i < 2_000; i++) {
            put(store, "scan" + i);
        }
        assertEquals(21, store.count("old"));
        assertEquals(1_000, store.size());
        assertEquals(1_001, store.evictions());
    }

    @Test
    void removeOnlyTakesTheSameEntryAndLeavesTheOrderConsistent() {
        LfuStore store = new LfuStore(2);
        Entry a = entry("a");
        store.put("a", a);
        put(store, "b");
        assertFalse(store.remove("a", entry("a")));
        assertTrue(store.remove("a", a));
        assertNull(store.get("a"));

        read(store, "b", 2);
        put(store, "c", "d"); // c then d: c is evicted by d, b (3 uses) stays
        assertEquals(Set.of("b", "d"), keys(store, "a", "b", "c", "d"));
        assertEquals(1, store.removeIf(e -> e.value.equals("b")));
        put(store, "e");
        assertEquals(Set.of("d", "e"), keys(store, "b", "d", "e"));
        store.clear();
        assertEquals(0, store.size());
        put(store, "f");
        assertSame("f", store.get("f").value);
    }

    @Test
    void aNewValueUnderAKeptKeyKeepsItsCount() {
        LfuStore store = new LfuStore(2);
        put(store, "a");
        read(store, "a", 4);
        Entry replacement = entry("a2");
        store.put("a", replacement);
        assertEquals(5, store.count("a"));
        assertSame(replacement, store.get("a"));
    }
}
