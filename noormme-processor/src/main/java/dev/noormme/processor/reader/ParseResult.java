package dev.noormme.processor.reader;

import dev.noormme.processor.model.DerivedQuery;

/** What parsing a method name gives: a query, or the one problem that stopped it. */
public sealed interface ParseResult {

    /**
     * The name parsed into a query.
     *
     * @param query the query, each condition as the name spells it
     * @param allIgnoreCase true when the name ends its conditions with {@code AllIgnoreCase} (or
     *     {@code AllIgnoringCase}): every text condition ignores case, which the reader applies
     *     once it knows which properties are text
     */
    record Parsed(DerivedQuery query, boolean allIgnoreCase) implements ParseResult {
    }

    /** The name could not be parsed. */
    record Failed(ParseProblem problem) implements ParseResult {
    }
}
