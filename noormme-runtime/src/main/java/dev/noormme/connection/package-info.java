/**
 * The connection layer: {@link dev.noormme.connection.ConnectionManager}, what the rest of the
 * runtime calls, and one implementation per dialect (SQLite's writer and reader pool). Holds the
 * per-connection prepared-statement caches, the thread's current transaction, the circuit
 * breaker and the translation of driver errors. Not API: these types are public only because
 * other runtime packages use them.
 */
package dev.noormme.connection;
