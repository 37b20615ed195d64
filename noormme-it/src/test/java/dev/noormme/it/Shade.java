package dev.noormme.it;

/** Constants declared out of name order, so ordering by name and by ordinal differ. */
public enum Shade {
    RED, GREEN, BLUE, AMBER, VIOLET
}
