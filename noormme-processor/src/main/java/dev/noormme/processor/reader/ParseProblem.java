package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Suggestions;
import java.util.List;
import java.util.Optional;

/** Why a method name is not a derived query; turned into a catalogue message by the reader. */
public sealed interface ParseProblem {

    /** The method name. */
    String method();

    /** The name does not start with find, get, query, read, count, exists or delete. */
    record NotDerived(String method) implements ParseProblem {
    }

    /** The name has a verb but no {@code By}. */
    record MissingBy(String method) implements ParseProblem {
    }

    /** Text where something else was expected. */
    record UnexpectedText(String method, String text, String expected) implements ParseProblem {
    }

    /**
     * A word that names no property of the entity.
     *
     * @param word the word as a property name would be spelled
     * @param properties the entity's properties
     */
    record UnknownProperty(String method, String word, List<String> properties) implements ParseProblem {

        /** The closest property when it is close enough to be a typo. */
        public Optional<String> suggestion() {
            return Suggestions.closest(word, properties);
        }
    }
}
