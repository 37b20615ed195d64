package dev.noormme.spring.app;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

/** The test application's one entity. */
@Table("greetings")
public record Greeting(@Id Long id, @Column(nullable = false) String text) {

    /** A greeting not stored yet. */
    public static Greeting of(String text) {
        return new Greeting(null, text);
    }
}
