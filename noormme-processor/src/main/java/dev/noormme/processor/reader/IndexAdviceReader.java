package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.verifier.IndexAdvice;
import dev.noormme.processor.verifier.SqlVerifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;

/**
 * Warns on a query method whose statement reads a table in full when an index would let SQLite
 * search it, naming the {@code @Index} to add; the verifier finds the index by asking SQLite.
 * Only ever a warning: a small table is fine to scan. {@code @SuppressWarnings("noormme-index")}
 * on the method, its repository or a type enclosing them silences it, and skips the work.
 */
final class IndexAdviceReader {

    /** The {@code @SuppressWarnings} key users write; javac keeps the annotation visible to processors. */
    static final String SUPPRESSION = "noormme-index";

    private final Diagnostics diagnostics;
    private final SqlVerifier verifier;
    private final Function<String, Optional<EntityModel>> entityOfTable;

    /** @param entityOfTable the entity whose table has a name, compared ignoring case */
    IndexAdviceReader(Diagnostics diagnostics, SqlVerifier verifier,
            Function<String, Optional<EntityModel>> entityOfTable) {
        this.diagnostics = diagnostics;
        this.verifier = verifier;
        this.entityOfTable = entityOfTable;
    }

    /**
     * A derived query's statement, on its entity's table: the columns of its conditions are tried
     * first, then those it orders by.
     */
    void derived(QueryContext context, String sql, List<String> conditionColumns, List<String> orderColumns) {
        if (suppressed(context)) {
            return;
        }
        List<String> candidates = Stream.concat(conditionColumns.stream(), orderColumns.stream()).toList();
        verifier.adviseIndex(sql, context.entity().table(), candidates).ifPresent(advice ->
                diagnostics.warning(context.method(), ProcessorErrors.INDEX_ADVICE_DERIVED, context.displayName(),
                        advice.table(), advice.scan(), String.join(", ", advice.columns()), columns(advice),
                        entityName(advice.table())));
    }

    /** A {@code @Query}'s statement, which touches {@code tables}: each column of a scanned table is tried. */
    void annotated(QueryContext context, String sql, Collection<String> tables) {
        if (suppressed(context)) {
            return;
        }
        verifier.adviseIndex(sql, tables).ifPresent(advice ->
                diagnostics.warning(context.method(), ProcessorErrors.INDEX_ADVICE_QUERY, context.displayName(),
                        advice.table(), advice.scan(), String.join(", ", advice.columns()), columns(advice),
                        entityName(advice.table())));
    }

    /** {@code "customer", "status"}: the columns as they go between {@code @Index(columns = {...})}'s braces. */
    private static String columns(IndexAdvice advice) {
        return advice.columns().stream().map(column -> "\"" + column + "\"").collect(Collectors.joining(", "));
    }

    private String entityName(String table) {
        return entityOfTable.apply(table).map(entity -> entity.type().simpleName())
                .orElse("the entity of table " + table);
    }

    private static boolean suppressed(QueryContext context) {
        return suppressedOn(context.method()) || suppressedOn(context.repository());
    }

    /** True when {@code element} or a type enclosing it says {@code @SuppressWarnings("noormme-index")}. */
    private static boolean suppressedOn(Element element) {
        for (Element current = element; current != null; current = current.getEnclosingElement()) {
            SuppressWarnings suppress = current.getAnnotation(SuppressWarnings.class);
            if (suppress != null && Arrays.asList(suppress.value()).contains(SUPPRESSION)) {
                return true;
            }
        }
        return false;
    }
}
