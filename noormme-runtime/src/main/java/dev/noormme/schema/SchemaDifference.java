package dev.noormme.schema;

/**
 * One way the database differs from the entities. Immutable.
 *
 * @param kind what differs, and whether it stops the database from opening
 * @param table the entity's table
 * @param column the column, or null for a difference of the whole table
 * @param description one sentence naming the table and column, e.g.
 *        {@code Table notes, column body: missing; the entity declares TEXT.}
 * @param fix what makes the database match, e.g. the {@code ALTER TABLE} a migration would run;
 *        empty where the context decides (see {@link SchemaCheck})
 */
record SchemaDifference(Kind kind, String table, String column, String description, String fix) {

    /** The kinds of difference; {@link #breaking()} ones fail the open. */
    enum Kind {
        MISSING_TABLE(true),
        MISSING_COLUMN(true),
        AFFINITY(true),
        COLLATION(true),
        /** The entity needs NOT NULL (a primitive, or {@code nullable = false}); the database allows NULL. */
        NULLABLE(true),
        PRIMARY_KEY(true),
        /** A NOT NULL column without a default that no property maps to: every insert would fail. */
        UNFILLED_COLUMN(true),
        /** NOT NULL in the database where the entity allows null: only inserts of null fail, loudly. */
        NOT_NULL(false),
        /** An index missing, or unique on one side only: slower queries, never wrong rows. */
        INDEX(false);

        private final boolean breaking;

        Kind(boolean breaking) {
            this.breaking = breaking;
        }

        /** True when this difference could return wrong data or make queries fail. */
        boolean breaking() {
            return breaking;
        }
    }

    /** True when this difference could return wrong data or make queries fail. */
    boolean breaking() {
        return kind.breaking();
    }
}
