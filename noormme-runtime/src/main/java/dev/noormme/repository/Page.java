package dev.noormme.repository;

import java.util.List;

/**
 * One page of a query's rows, with the figures needed to page further.
 *
 * @param content the rows of this page, at most {@code pageSize}
 * @param page the page number, from 1
 * @param pageSize the requested page size
 * @param totalElements the number of rows over all pages
 * @param <T> the row type
 */
public record Page<T>(List<T> content, int page, int pageSize, long totalElements) {

    public Page {
        content = List.copyOf(content);
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, was " + pageSize);
        }
        if (totalElements < 0) {
            throw new IllegalArgumentException("totalElements must not be negative, was " + totalElements);
        }
    }

    /** The number of pages; 0 when there are no rows. */
    public int totalPages() {
        return (int) ((totalElements + pageSize - 1) / pageSize);
    }

    /** True when a page after this one holds rows. */
    public boolean hasNext() {
        return page < totalPages();
    }
}
