/**
 * The SQLite connection layer: one writer connection guarded by a lock, a pool of reader
 * connections, per-connection prepared-statement caches, and the thread's current transaction.
 * Not API: these types are public only because other runtime packages use them.
 */
package dev.noormme.connection;
