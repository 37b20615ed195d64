package dev.noormme.processor.model;

/** The SQLite storage class (type affinity) a column is declared with. */
public enum SqlType {
    TEXT, INTEGER, REAL, BLOB
}
