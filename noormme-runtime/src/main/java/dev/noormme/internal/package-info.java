/**
 * What generated code calls: entity mappings, column binding and the repository support that
 * implements {@code CrudRepository}. Not API: these types are public only because generated code
 * lives in the user's packages, and they may change in any release.
 */
package dev.noormme.internal;
