package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Dialect.class)
class PagingTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Sample, Long> samples;

    @BeforeEach
    void open() {
        database = TestDatabases.open(dialect, folder);
        samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void insert(int count) {
        samples.insertAll(IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Sample(null, "text " + (char) ('z' - i % 26), i % 3, null, 0, (short) 0, 0, null, 0,
                        false, null, null, null, null, null, null, null, null))
                .toList());
    }

    private static List<Long> ids(Page<Sample> page) {
        return page.content().stream().map(Sample::id).toList();
    }

    @Test
    void firstPageHoldsTheFirstRowsInIdOrder() {
        insert(45);
        Page<Sample> page = samples.findAll(PageRequest.of(1, 20));
        assertEquals(LongRange.of(1, 20), ids(page));
        assertEquals(45, page.totalElements());
        assertEquals(3, page.totalPages());
        assertTrue(page.hasNext());
    }

    @Test
    void lastPageIsPartial() {
        insert(45);
        Page<Sample> page = samples.findAll(PageRequest.of(3, 20));
        assertEquals(LongRange.of(41, 45), ids(page));
        assertEquals(3, page.page());
        assertEquals(20, page.pageSize());
        assertFalse(page.hasNext());
    }

    @Test
    void pageOfAnEmptyTableIsEmpty() {
        Page<Sample> page = samples.findAll(PageRequest.of(1, 20));
        assertEquals(List.of(), page.content());
        assertEquals(0, page.totalElements());
        assertEquals(0, page.totalPages());
        assertFalse(page.hasNext());
    }

    @Test
    void pagePastTheEndIsEmptyButCountsTheRows() {
        insert(10);
        Page<Sample> page = samples.findAll(PageRequest.of(5, 20));
        assertEquals(List.of(), page.content());
        assertEquals(10, page.totalElements());
        assertEquals(5, page.page());
    }

    @Test
    void sortByAPropertyThenById() {
        insert(30);
        Page<Sample> page = samples.findAll(PageRequest.of(1, 12).sortedBy("count", PageRequest.Direction.DESC));
        List<Sample> content = page.content();
        assertEquals(12, content.size());
        for (Sample sample : content.subList(0, 10)) {
            assertEquals(2, sample.count(), "the ten rows with count 2 first");
        }
        assertEquals(List.of(2L, 5L, 8L, 11L, 14L, 17L, 20L, 23L, 26L, 29L),
                ids(page).subList(0, 10), "ties in id order");
        assertEquals(List.of(1, 1), List.of(content.get(10).count(), content.get(11).count()), "then count 1");
        assertEquals(List.of(1L, 4L), ids(page).subList(10, 12));
    }

    @Test
    void sortByTwoPropertiesPagesThroughEveryRowOnce() {
        insert(50);
        PageRequest request = PageRequest.of(1, 7).sortedBy("text").sortedBy("count", PageRequest.Direction.DESC);
        List<Long> seen = new java.util.ArrayList<>();
        Page<Sample> page;
        int number = 1;
        do {
            page = samples.findAll(PageRequest.of(number++, 7).sortedBy("text")
                    .sortedBy("count", PageRequest.Direction.DESC));
            seen.addAll(ids(page));
        } while (page.hasNext());
        assertEquals(50, seen.size());
        assertEquals(50, seen.stream().distinct().count());
        assertEquals(request.sort(), PageRequest.of(2, 7).sortedBy("text")
                .sortedBy("count", PageRequest.Direction.DESC).sort());
    }

    @Test
    void pageInsideATransactionSeesItsOwnRows() {
        insert(3);
        Page<Sample> page = database.inTransaction(() -> {
            insert(2);
            return samples.findAll(PageRequest.of(2, 3));
        });
        assertEquals(List.of(4L, 5L), ids(page));
        assertEquals(5, page.totalElements());
    }

    @Test
    void nullsSortFirstAscendingAndLastDescendingOnEveryDialect() {
        samples.insertAll(java.util.stream.Stream.of(2, null, 1)
                .map(maybe -> new Sample(null, "t", 0, maybe, 0, (short) 0, 0, null, 0, false, null, null, null, null,
                        null, null, null, null))
                .toList());
        assertEquals(List.of(2L, 3L, 1L), ids(samples.findAll(PageRequest.of(1, 3).sortedBy("maybeCount"))));
        assertEquals(List.of(1L, 3L, 2L),
                ids(samples.findAll(PageRequest.of(1, 3).sortedBy("maybeCount", PageRequest.Direction.DESC))));
    }

    @Test
    void sortByIdDescending() {
        insert(5);
        assertEquals(List.of(5L, 4L), ids(samples.findAll(PageRequest.of(1, 2).sortedBy("id", PageRequest.Direction.DESC))));
    }

    @Test
    void unknownSortPropertyIsRefusedWithTheEntitysProperties() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> samples.findAll(PageRequest.of(1, 10).sortedBy("text; DROP TABLE samples")));
        assertTrue(failure.getMessage().contains("'text; DROP TABLE samples'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("id, text, count, maybeCount"), failure.getMessage());
        assertEquals(0, samples.count(), "the table is still there");
    }

    @Test
    void columnNamesAreNotAcceptedAsProperties() {
        assertThrows(IllegalArgumentException.class,
                () -> samples.findAll(PageRequest.of(1, 10).sortedBy("created_at")));
    }

    /** Expected id lists. */
    private static final class LongRange {
        static List<Long> of(long first, long last) {
            return java.util.stream.LongStream.rangeClosed(first, last).boxed().toList();
        }
    }
}
