package dev.noormme.health;

import java.time.Instant;

/**
 * Something the monitor noticed, with what to do about it. The same alert (kind and subject) is
 * raised at most once per alert interval; {@link #repeats()} counts how often it happened again
 * meanwhile, so a hot slow query cannot flood a log.
 *
 * @param severity how urgent it is
 * @param kind what it is about
 * @param subject the query name, or the database's file, it concerns
 * @param message what happened, with the figures
 * @param recommendation what to do, as concrete as the monitor can make it (SQL to type, a setting)
 * @param at when it was raised
 * @param repeats how many times the same alert happened since it was last raised and not raised again
 */
public record Alert(Severity severity, AlertKind kind, String subject, String message, String recommendation,
        Instant at, long repeats) {
}
