package dev.noormme.internal;

import java.util.List;
import java.util.Objects;

/**
 * An entity's statements in one dialect, as the processor wrote them: its schema (CREATE TABLE,
 * then CREATE INDEX) and the SQL of every CRUD operation. Built with {@link #builder()}, so
 * generated code names each statement.
 *
 * @param schema the statements that create the table and its indexes, each IF NOT EXISTS
 * @param select every column, id first, with no WHERE and no ORDER BY (paging appends to it)
 * @param selectById {@code select} for one id
 * @param selectAll {@code select} ordered by id
 * @param insert every column, the id included
 * @param insertWithoutId every column but the id, which the database generates; null when the
 *        entity's id is not generated
 * @param insertReturningId {@code insertWithoutId} that returns the generated id; null when the
 *        entity's id is not generated
 * @param update every column but the id, by id
 * @param upsert insert, or update every column when the id exists
 * @param deleteById delete by id
 * @param count {@code COUNT(*)} of the table
 * @param existsById one row (true or false): whether the id exists
 */
public record MappingSql(List<String> schema, String select, String selectById, String selectAll, String insert,
        String insertWithoutId, String insertReturningId, String update, String upsert, String deleteById,
        String count, String existsById) {

    public MappingSql {
        schema = List.copyOf(schema);
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(selectById, "selectById");
        Objects.requireNonNull(selectAll, "selectAll");
        Objects.requireNonNull(insert, "insert");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(upsert, "upsert");
        Objects.requireNonNull(deleteById, "deleteById");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(existsById, "existsById");
    }

    /** A builder naming each statement; every one must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the statements of {@link MappingSql} by name. */
    public static final class Builder {
        private List<String> schema;
        private String select;
        private String selectById;
        private String selectAll;
        private String insert;
        private String insertWithoutId;
        private String insertReturningId;
        private String update;
        private String upsert;
        private String deleteById;
        private String count;
        private String existsById;

        private Builder() {
        }

        public Builder schema(String... statements) {
            this.schema = List.of(statements);
            return this;
        }

        public Builder select(String sql) {
            this.select = sql;
            return this;
        }

        public Builder selectById(String sql) {
            this.selectById = sql;
            return this;
        }

        public Builder selectAll(String sql) {
            this.selectAll = sql;
            return this;
        }

        public Builder insert(String sql) {
            this.insert = sql;
            return this;
        }

        public Builder insertWithoutId(String sql) {
            this.insertWithoutId = sql;
            return this;
        }

        public Builder insertReturningId(String sql) {
            this.insertReturningId = sql;
            return this;
        }

        public Builder update(String sql) {
            this.update = sql;
            return this;
        }

        public Builder upsert(String sql) {
            this.upsert = sql;
            return this;
        }

        public Builder deleteById(String sql) {
            this.deleteById = sql;
            return this;
        }

        public Builder count(String sql) {
            this.count = sql;
            return this;
        }

        public Builder existsById(String sql) {
            this.existsById = sql;
            return this;
        }

        /** @throws NullPointerException naming the first statement not set */
        public MappingSql build() {
            Objects.requireNonNull(schema, "schema");
            return new MappingSql(schema, select, selectById, selectAll, insert, insertWithoutId, insertReturningId,
                    update, upsert, deleteById, count, existsById);
        }
    }
}
