package dev.noormme.processor.reader;

import dev.noormme.processor.diagnostics.Suggestions;
import java.util.List;
import java.util.Optional;

/** Why a method name is not a derived query; turned into a catalogue message by the reader. */
public sealed interface ParseProblem {

    /** The method name. */
    String method();

    /** The name does not start with a verb (find, get, query, read, search, stream, count, exists, delete, remove). */
    record NotDerived(String method) implements ParseProblem {
    }

    /**
     * The name has a verb but no {@code By}.
     *
     * @param verb the verb it starts with
     */
    record MissingBy(String method, String verb) implements ParseProblem {
    }

    /** Text where something else was expected. */
    record UnexpectedText(String method, String text, String expected) implements ParseProblem {
    }

    /**
     * A second {@code OrderBy}: one lists every sort key.
     *
     * @param text the name from the second {@code OrderBy} on
     */
    record SecondOrderBy(String method, String text) implements ParseProblem {
    }

    /**
     * A word after a condition's property that is no keyword but looks like one.
     *
     * @param word the word as the name spells it
     * @param property the property it follows
     * @param suggestion the keyword it is closest to, as the documentation spells it
     */
    record UnknownKeyword(String method, String word, String property, String suggestion) implements ParseProblem {
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
