package dev.noormme.cache.internal;

/**
 * The order {@link LfuStore} evicts in: entries grouped by use count in a doubly-linked list of
 * buckets (lowest count first), each bucket a list of its entries in the order they reached
 * that count. Adding, using, removing and finding the victim are O(1); {@link #halve()} is
 * O(n). Not thread-safe: {@link LfuStore} calls it under its lock.
 */
final class FrequencyList {

    /** One cached entry's place in the order. */
    static final class Node {
        final Object key;
        Entry entry;
        private Bucket bucket;
        private Node previous;
        private Node next;
        /** When the entry reached its count: the age that breaks ties, oldest first. */
        private long since;

        private Node(Object key, Entry entry) {
            this.key = key;
            this.entry = entry;
        }

        long count() {
            return bucket.count;
        }
    }

    private static final class Bucket {
        long count;
        Node first;
        Node last;
        Bucket lower;
        Bucket higher;

        Bucket(long count) {
            this.count = count;
        }
    }

    private Bucket lowest;
    private long clock;

    /** A new entry used once, the youngest of those used once. */
    Node add(Object key, Entry entry) {
        Node node = new Node(key, entry);
        if (lowest == null || lowest.count != 1) {
            linkAfter(null, new Bucket(1));
        }
        append(lowest, node);
        return node;
    }

    /** Counts one more use of {@code node}. */
    void touch(Node node) {
        Bucket from = node.bucket;
        long count = from.count + 1;
        boolean alone = from.first == node && from.last == node;
        if (alone && (from.higher == null || from.higher.count != count)) {
            // The hottest entries are often alone in their bucket: raising it in place keeps a hit free of allocation.
            from.count = count;
            node.since = ++clock;
            return;
        }
        Bucket to = from.higher;
        if (to == null || to.count != count) {
            to = new Bucket(count);
            linkAfter(from, to);
        }
        unlink(node);
        append(to, node);
    }

    /** The entry to evict: the lowest count, and of those the one that reached it first; null when empty. */
    Node victim() {
        return lowest == null ? null : lowest.first;
    }

    void remove(Node node) {
        unlink(node);
    }

    /**
     * Halves every count (never below 1), so that an entry used often long ago yields to entries
     * used often now. Buckets whose halves meet are merged by age, keeping the tie order.
     */
    void halve() {
        Bucket kept = null;
        for (Bucket bucket = lowest; bucket != null; ) {
            Bucket higher = bucket.higher;
            long count = Math.max(1, bucket.count / 2);
            if (kept != null && kept.count == count) {
                mergeInto(kept, bucket);
                kept.higher = higher;
                if (higher != null) {
                    higher.lower = kept;
                }
            } else {
                bucket.count = count;
                kept = bucket;
            }
            bucket = higher;
        }
    }

    void clear() {
        lowest = null;
    }

    private static void mergeInto(Bucket target, Bucket other) {
        Node a = target.first;
        Node b = other.first;
        Node head = null;
        Node tail = null;
        while (a != null || b != null) {
            Node taken;
            if (b == null || (a != null && a.since <= b.since)) {
                taken = a;
                a = a.next;
            } else {
                taken = b;
                b = b.next;
            }
            taken.bucket = target;
            taken.previous = tail;
            taken.next = null;
            if (tail == null) {
                head = taken;
            } else {
                tail.next = taken;
            }
            tail = taken;
        }
        target.first = head;
        target.last = tail;
    }

    private void append(Bucket bucket, Node node) {
        node.bucket = bucket;
        node.since = ++clock;
        node.previous = bucket.last;
        node.next = null;
        if (bucket.last == null) {
            bucket.first = node;
        } else {
            bucket.last.next = node;
        }
        bucket.last = node;
    }

    private void unlink(Node node) {
        Bucket bucket = node.bucket;
        if (node.previous == null) {
            bucket.first = node.next;
        } else {
            node.previous.next = node.next;
        }
        if (node.next == null) {
            bucket.last = node.previous;
        } else {
            node.next.previous = node.previous;
        }
        node.previous = null;
        node.next = null;
        if (bucket.first == null) {
            unlink(bucket);
        }
    }

    /** Links {@code bucket} just above {@code lower}, or as the lowest when {@code lower} is null. */
    private void linkAfter(Bucket lower, Bucket bucket) {
        Bucket higher = lower == null ? lowest : lower.higher;
        bucket.lower = lower;
        bucket.higher = higher;
        if (lower == null) {
            lowest = bucket;
        } else {
            lower.higher = bucket;
        }
        if (higher != null) {
            higher.lower = bucket;
        }
    }

    private void unlink(Bucket bucket) {
        if (bucket.lower == null) {
            lowest = bucket.higher;
        } else {
            bucket.lower.higher = bucket.higher;
        }
        if (bucket.higher != null) {
            bucket.higher.lower = bucket.lower;
        }
    }
}
