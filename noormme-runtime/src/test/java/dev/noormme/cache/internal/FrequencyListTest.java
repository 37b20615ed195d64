package dev.noormme.cache.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The bucket list under the LFU store: victims, merging on halving, removal of whole buckets. */
class FrequencyListTest {

    @Test
    void halvingMergesBucketsAndKeepsTheOlderFirst() {
        FrequencyList order = new FrequencyList();
        FrequencyList.Node a = order.add("a", null);
        FrequencyList.Node b = order.add("b", null);
        touch(order, a, 3); // a reaches 4 first
        touch(order, b, 4); // b reaches 5 later
        assertSame(a, order.victim());

        order.halve();
        assertEquals(2, a.count());
        assertEquals(2, b.count());
        assertSame(a, order.victim()); // same count: a reached its count first

        FrequencyList.Node c = order.add("c", null);
        assertSame(c, order.victim());
        order.halve(); // 1, 1, 1: c joined its count last
        assertEquals(1, c.count());
        assertSame(a, order.victim());
        order.remove(a);
        assertSame(b, order.victim());
        order.remove(b);
        assertSame(c, order.victim());
        order.remove(c);
        assertNull(order.victim());
    }

    @Test
    void aLoneEntryRisesPastItsNeighbours() {
        FrequencyList order = new FrequencyList();
        FrequencyList.Node a = order.add("a", null);
        FrequencyList.Node b = order.add("b", null);
        touch(order, b, 1); // b: 2
        touch(order, a, 1); // a joins b at 2, after it
        assertSame(b, order.victim());
        touch(order, b, 2); // b: 4, alone
        assertSame(a, order.victim());
        assertEquals(4, b.count());
        touch(order, a, 5); // a: 7, passes b
        assertSame(b, order.victim());
    }

    private static void touch(FrequencyList order, FrequencyList.Node node, int times) {
        for (int i = 0; i < times; i++) {
            order.touch(node);
        }
    }
}
