package dev.noormme.processor.model;

/**
 * How generated code reaches one property: a record accessor or getter ({@link Kind#METHOD}), a
 * public field ({@link Kind#FIELD}), a setter, or a record's canonical constructor.
 *
 * @param kind how it is reached
 * @param name the field or method name; unused for {@link Kind#CONSTRUCTOR}
 */
public record Access(Kind kind, String name) {

    /** The ways a property can be read or written. */
    public enum Kind {
        FIELD, METHOD, CONSTRUCTOR
    }

    public static Access field(String name) {
        return new Access(Kind.FIELD, name);
    }

    public static Access method(String name) {
        return new Access(Kind.METHOD, name);
    }

    public static Access constructor() {
        return new Access(Kind.CONSTRUCTOR, "");
    }
}
