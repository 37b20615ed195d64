package dev.noormme.processor.reader;

import dev.noormme.processor.model.DerivedQuery;

/** What parsing a method name gives: a query, or the one problem that stopped it. */
public sealed interface ParseResult {

    /** The name parsed into a query. */
    record Parsed(DerivedQuery query) implements ParseResult {
    }

    /** The name could not be parsed. */
    record Failed(ParseProblem problem) implements ParseResult {
    }
}
