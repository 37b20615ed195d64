package dev.noormme.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which page of rows to read, and in which order. Pages are numbered from 1.
 *
 * <pre>{@code
 * PageRequest.of(1, 20).sortedBy("email", PageRequest.Direction.DESC)
 * }</pre>
 *
 * <p>Sort properties are Java property names; the repository checks them against the entity's
 * properties and refuses an unknown one with an {@link IllegalArgumentException}, so no caller
 * text ever reaches SQL. Immutable and thread-safe.
 */
public final class PageRequest {

    /** The direction of one sort key. */
    public enum Direction { ASC, DESC }

    /**
     * One sort key.
     *
     * @param property a Java property name of the entity
     * @param direction ascending or descending
     */
    public record Order(String property, Direction direction) {
        public Order {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(direction, "direction");
        }
    }

    private final int page;
    private final int pageSize;
    private final List<Order> sort;

    private PageRequest(int page, int pageSize, List<Order> sort) {
        this.page = page;
        this.pageSize = pageSize;
        this.sort = List.copyOf(sort);
    }

    /** Page {@code page} (from 1) of {@code pageSize} rows, in id order. */
    public static PageRequest of(int page, int pageSize) {
        if (page < 1) {
            throw new IllegalArgumentException("page is numbered from 1, was " + page);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, was " + pageSize);
        }
        return new PageRequest(page, pageSize, List.of());
    }

    /** This request with one more sort key after the ones it has. */
    public PageRequest sortedBy(String property, Direction direction) {
        List<Order> keys = new ArrayList<>(sort);
        keys.add(new Order(property, direction));
        return new PageRequest(page, pageSize, keys);
    }

    /** This request with one more ascending sort key. */
    public PageRequest sortedBy(String property) {
        return sortedBy(property, Direction.ASC);
    }

    public int page() {
        return page;
    }

    public int pageSize() {
        return pageSize;
    }

    /** The sort keys in order; empty means id order. */
    public List<Order> sort() {
        return sort;
    }

    /** The number of rows before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageRequest that
                && page == that.page && pageSize == that.pageSize && sort.equals(that.sort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(page, pageSize, sort);
    }

    @Override
    public String toString() {
        return "PageRequest[page=" + page + ", pageSize=" + pageSize + ", sort=" + sort + "]";
    }
}
