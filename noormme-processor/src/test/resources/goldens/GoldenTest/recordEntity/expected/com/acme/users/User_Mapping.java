package com.acme.users;

import dev.noormme.config.Dialect;
import dev.noormme.internal.Columns;
import dev.noormme.internal.EntityMapping;
import dev.noormme.internal.MappingSql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The table mapping of {@link User}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class User_Mapping implements EntityMapping<User, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final User_Mapping INSTANCE = new User_Mapping();

    private static final String TABLE = "users";

    private static final String ID_COLUMN = "id";

    private static final MappingSql SQLITE_SQL = MappingSql.builder()
            .schema("CREATE TABLE IF NOT EXISTS `users` (`id` INTEGER PRIMARY KEY, `email` TEXT NOT NULL UNIQUE, `display_name` TEXT, `created_at` TEXT, `age` INTEGER NOT NULL, `age_boxed` INTEGER, `visits` INTEGER NOT NULL, `visits_boxed` INTEGER, `level` INTEGER NOT NULL, `level_boxed` INTEGER, `score` REAL NOT NULL, `score_boxed` REAL, `ratio` REAL NOT NULL, `ratio_boxed` REAL, `active` INTEGER NOT NULL, `verified` INTEGER, `balance` TEXT COLLATE DECIMAL, `avatar` BLOB, `token` TEXT, `status` TEXT, `birthday` TEXT, `last_seen` TEXT, `order` TEXT)",
                    "CREATE UNIQUE INDEX IF NOT EXISTS `users_email_idx` ON `users` (`email`)",
                    "CREATE INDEX IF NOT EXISTS `users_display_name_created_at_idx` ON `users` (`display_name`, `created_at`)",
                    "CREATE INDEX IF NOT EXISTS `by_order` ON `users` (`order`)")
            .select("SELECT `id`, `email`, `display_name`, `created_at`, `age`, `age_boxed`, `visits`, `visits_boxed`, `level`, `level_boxed`, `score`, `score_boxed`, `ratio`, `ratio_boxed`, `active`, `verified`, `balance`, `avatar`, `token`, `status`, `birthday`, `last_seen`, `order` FROM `users`")
            .selectById("SELECT `id`, `email`, `display_name`, `created_at`, `age`, `age_boxed`, `visits`, `visits_boxed`, `level`, `level_boxed`, `score`, `score_boxed`, `ratio`, `ratio_boxed`, `active`, `verified`, `balance`, `avatar`, `token`, `status`, `birthday`, `last_seen`, `order` FROM `users` WHERE `id` = ?")
            .selectAll("SELECT `id`, `email`, `display_name`, `created_at`, `age`, `age_boxed`, `visits`, `visits_boxed`, `level`, `level_boxed`, `score`, `score_boxed`, `ratio`, `ratio_boxed`, `active`, `verified`, `balance`, `avatar`, `token`, `status`, `birthday`, `last_seen`, `order` FROM `users` ORDER BY `id`")
            .insert("INSERT INTO `users` (`id`, `email`, `display_name`, `created_at`, `age`, `age_boxed`, `visits`, `visits_boxed`, `level`, `level_boxed`, `score`, `score_boxed`, `ratio`, `ratio_boxed`, `active`, `verified`, `balance`, `avatar`, `token`, `status`, `birthday`, `last_seen`, `order`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .insertWithoutId("INSERT INTO `users` (`email`, `display_name`, `created_at`, `age`, `age_boxed`, `visits`, `visits_boxed`, `level`, `level_boxed`, `score`, `score_boxed`, `ratio`, `ratio_boxed`, `active`, `verified`, `balance`, `avatar`, `token`, `status`, `birthday`, `last_seen`, `order`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .insertReturningId("INSERT INTO `users` (`email`, `display_name`, `created_at`, `age`, `age_boxed`, `visits`, `visits_boxed`, `level`, `level_boxed`, `score`, `score_boxed`, `ratio`, `ratio_boxed`, `active`, `verified`, `balance`, `avatar`, `token`, `status`, `birthday`, `last_seen`, `order`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING `id`")
            .update("UPDATE `users` SET `email` = ?, `display_name` = ?, `created_at` = ?, `age` = ?, `age_boxed` = ?, `visits` = ?, `visits_boxed` = ?, `level` = ?, `level_boxed` = ?, `score` = ?, `score_boxed` = ?, `ratio` = ?, `ratio_boxed` = ?, `active` = ?, `verified` = ?, `balance` = ?, `avatar` = ?, `token` = ?, `status` = ?, `birthday` = ?, `last_seen` = ?, `order` = ? WHERE `id` = ?")
            .upsert("INSERT INTO `users` (`id`, `email`, `display_name`, `created_at`, `age`, `age_boxed`, `visits`, `visits_boxed`, `level`, `level_boxed`, `score`, `score_boxed`, `ratio`, `ratio_boxed`, `active`, `verified`, `balance`, `avatar`, `token`, `status`, `birthday`, `last_seen`, `order`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `email` = excluded.`email`, `display_name` = excluded.`display_name`, `created_at` = excluded.`created_at`, `age` = excluded.`age`, `age_boxed` = excluded.`age_boxed`, `visits` = excluded.`visits`, `visits_boxed` = excluded.`visits_boxed`, `level` = excluded.`level`, `level_boxed` = excluded.`level_boxed`, `score` = excluded.`score`, `score_boxed` = excluded.`score_boxed`, `ratio` = excluded.`ratio`, `ratio_boxed` = excluded.`ratio_boxed`, `active` = excluded.`active`, `verified` = excluded.`verified`, `balance` = excluded.`balance`, `avatar` = excluded.`avatar`, `token` = excluded.`token`, `status` = excluded.`status`, `birthday` = excluded.`birthday`, `last_seen` = excluded.`last_seen`, `order` = excluded.`order`")
            .deleteById("DELETE FROM `users` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `users`")
            .existsById("SELECT EXISTS(SELECT 1 FROM `users` WHERE `id` = ?)")
            .build();

    private static final MappingSql POSTGRESQL_SQL = MappingSql.builder()
            .schema("CREATE TABLE IF NOT EXISTS \"users\" (\"id\" BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, \"email\" TEXT COLLATE \"C\" NOT NULL UNIQUE, \"display_name\" TEXT COLLATE \"C\", \"created_at\" TIMESTAMPTZ, \"age\" INTEGER NOT NULL, \"age_boxed\" INTEGER, \"visits\" BIGINT NOT NULL, \"visits_boxed\" BIGINT, \"level\" SMALLINT NOT NULL, \"level_boxed\" SMALLINT, \"score\" DOUBLE PRECISION NOT NULL, \"score_boxed\" DOUBLE PRECISION, \"ratio\" REAL NOT NULL, \"ratio_boxed\" REAL, \"active\" BOOLEAN NOT NULL, \"verified\" BOOLEAN, \"balance\" NUMERIC, \"avatar\" BYTEA, \"token\" UUID, \"status\" TEXT COLLATE \"C\", \"birthday\" DATE, \"last_seen\" TIMESTAMP, \"order\" TEXT COLLATE \"C\")",
                    "CREATE UNIQUE INDEX IF NOT EXISTS \"users_email_idx\" ON \"users\" (\"email\")",
                    "CREATE INDEX IF NOT EXISTS \"users_display_name_created_at_idx\" ON \"users\" (\"display_name\" NULLS FIRST, \"created_at\" NULLS FIRST)",
                    "CREATE INDEX IF NOT EXISTS \"by_order\" ON \"users\" (\"order\" NULLS FIRST)")
            .select("SELECT \"id\", \"email\", \"display_name\", \"created_at\", \"age\", \"age_boxed\", \"visits\", \"visits_boxed\", \"level\", \"level_boxed\", \"score\", \"score_boxed\", \"ratio\", \"ratio_boxed\", \"active\", \"verified\", \"balance\", \"avatar\", \"token\", \"status\", \"birthday\", \"last_seen\", \"order\" FROM \"users\"")
            .selectById("SELECT \"id\", \"email\", \"display_name\", \"created_at\", \"age\", \"age_boxed\", \"visits\", \"visits_boxed\", \"level\", \"level_boxed\", \"score\", \"score_boxed\", \"ratio\", \"ratio_boxed\", \"active\", \"verified\", \"balance\", \"avatar\", \"token\", \"status\", \"birthday\", \"last_seen\", \"order\" FROM \"users\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"email\", \"display_name\", \"created_at\", \"age\", \"age_boxed\", \"visits\", \"visits_boxed\", \"level\", \"level_boxed\", \"score\", \"score_boxed\", \"ratio\", \"ratio_boxed\", \"active\", \"verified\", \"balance\", \"avatar\", \"token\", \"status\", \"birthday\", \"last_seen\", \"order\" FROM \"users\" ORDER BY \"id\"")
            .insert("INSERT INTO \"users\" (\"id\", \"email\", \"display_name\", \"created_at\", \"age\", \"age_boxed\", \"visits\", \"visits_boxed\", \"level\", \"level_boxed\", \"score\", \"score_boxed\", \"ratio\", \"ratio_boxed\", \"active\", \"verified\", \"balance\", \"avatar\", \"token\", \"status\", \"birthday\", \"last_seen\", \"order\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .insertWithoutId("INSERT INTO \"users\" (\"email\", \"display_name\", \"created_at\", \"age\", \"age_boxed\", \"visits\", \"visits_boxed\", \"level\", \"level_boxed\", \"score\", \"score_boxed\", \"ratio\", \"ratio_boxed\", \"active\", \"verified\", \"balance\", \"avatar\", \"token\", \"status\", \"birthday\", \"last_seen\", \"order\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .insertReturningId("INSERT INTO \"users\" (\"email\", \"display_name\", \"created_at\", \"age\", \"age_boxed\", \"visits\", \"visits_boxed\", \"level\", \"level_boxed\", \"score\", \"score_boxed\", \"ratio\", \"ratio_boxed\", \"active\", \"verified\", \"balance\", \"avatar\", \"token\", \"status\", \"birthday\", \"last_seen\", \"order\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING \"id\"")
            .update("UPDATE \"users\" SET \"email\" = ?, \"display_name\" = ?, \"created_at\" = ?, \"age\" = ?, \"age_boxed\" = ?, \"visits\" = ?, \"visits_boxed\" = ?, \"level\" = ?, \"level_boxed\" = ?, \"score\" = ?, \"score_boxed\" = ?, \"ratio\" = ?, \"ratio_boxed\" = ?, \"active\" = ?, \"verified\" = ?, \"balance\" = ?, \"avatar\" = ?, \"token\" = ?, \"status\" = ?, \"birthday\" = ?, \"last_seen\" = ?, \"order\" = ? WHERE \"id\" = ?")
            .upsert("INSERT INTO \"users\" (\"id\", \"email\", \"display_name\", \"created_at\", \"age\", \"age_boxed\", \"visits\", \"visits_boxed\", \"level\", \"level_boxed\", \"score\", \"score_boxed\", \"ratio\", \"ratio_boxed\", \"active\", \"verified\", \"balance\", \"avatar\", \"token\", \"status\", \"birthday\", \"last_seen\", \"order\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"email\" = EXCLUDED.\"email\", \"display_name\" = EXCLUDED.\"display_name\", \"created_at\" = EXCLUDED.\"created_at\", \"age\" = EXCLUDED.\"age\", \"age_boxed\" = EXCLUDED.\"age_boxed\", \"visits\" = EXCLUDED.\"visits\", \"visits_boxed\" = EXCLUDED.\"visits_boxed\", \"level\" = EXCLUDED.\"level\", \"level_boxed\" = EXCLUDED.\"level_boxed\", \"score\" = EXCLUDED.\"score\", \"score_boxed\" = EXCLUDED.\"score_boxed\", \"ratio\" = EXCLUDED.\"ratio\", \"ratio_boxed\" = EXCLUDED.\"ratio_boxed\", \"active\" = EXCLUDED.\"active\", \"verified\" = EXCLUDED.\"verified\", \"balance\" = EXCLUDED.\"balance\", \"avatar\" = EXCLUDED.\"avatar\", \"token\" = EXCLUDED.\"token\", \"status\" = EXCLUDED.\"status\", \"birthday\" = EXCLUDED.\"birthday\", \"last_seen\" = EXCLUDED.\"last_seen\", \"order\" = EXCLUDED.\"order\"")
            .deleteById("DELETE FROM \"users\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"users\"")
            .existsById("SELECT EXISTS(SELECT 1 FROM \"users\" WHERE \"id\" = ?)")
            .build();

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private User_Mapping() {
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String idColumn() {
        return ID_COLUMN;
    }

    @Override
    public boolean generatedId() {
        return true;
    }

    @Override
    public Map<String, String> columnsByProperty() {
        return COLUMNS_BY_PROPERTY;
    }

    @Override
    public MappingSql sql(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE_SQL;
            case POSTGRESQL -> POSTGRESQL_SQL;
        };
    }

    @Override
    public Long id(User entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(User entity) {
        return entity.id() == null;
    }

    @Override
    public User withGeneratedId(User entity, long id) {
        return new User(id, entity.email(), entity.displayName(), entity.createdAt(), entity.age(),
                entity.ageBoxed(), entity.visits(), entity.visitsBoxed(), entity.level(),
                entity.levelBoxed(), entity.score(), entity.scoreBoxed(), entity.ratio(),
                entity.ratioBoxed(), entity.active(), entity.verified(), entity.balance(),
                entity.avatar(), entity.token(), entity.status(), entity.birthday(),
                entity.lastSeen(), entity.order());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, User entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.email());
        Columns.setString(statement, first + 1, entity.displayName());
        Columns.setInstant(statement, first + 2, entity.createdAt());
        statement.setInt(first + 3, entity.age());
        Columns.setInteger(statement, first + 4, entity.ageBoxed());
        statement.setLong(first + 5, entity.visits());
        Columns.setLong(statement, first + 6, entity.visitsBoxed());
        statement.setShort(first + 7, entity.level());
        Columns.setShort(statement, first + 8, entity.levelBoxed());
        Columns.setDouble(statement, first + 9, entity.score());
        Columns.setDouble(statement, first + 10, entity.scoreBoxed());
        Columns.setFloat(statement, first + 11, entity.ratio());
        Columns.setFloat(statement, first + 12, entity.ratioBoxed());
        statement.setBoolean(first + 13, entity.active());
        Columns.setBoolean(statement, first + 14, entity.verified());
        Columns.setBigDecimal(statement, first + 15, entity.balance());
        Columns.setBytes(statement, first + 16, entity.avatar());
        Columns.setUuid(statement, first + 17, entity.token());
        Columns.setEnum(statement, first + 18, entity.status());
        Columns.setLocalDate(statement, first + 19, entity.birthday());
        Columns.setLocalDateTime(statement, first + 20, entity.lastSeen());
        Columns.setString(statement, first + 21, entity.order());
        return first + 22;
    }

    @Override
    public User read(ResultSet row) throws SQLException {
        return new User(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                Columns.getInstant(row, 4),
                row.getInt(5),
                Columns.getInteger(row, 6),
                row.getLong(7),
                Columns.getLong(row, 8),
                row.getShort(9),
                Columns.getShort(row, 10),
                row.getDouble(11),
                Columns.getDouble(row, 12),
                row.getFloat(13),
                Columns.getFloat(row, 14),
                Columns.getPrimitiveBoolean(row, 15),
                Columns.getBoolean(row, 16),
                Columns.getBigDecimal(row, 17),
                Columns.getBytes(row, 18),
                Columns.getUuid(row, 19),
                Columns.getEnum(row, 20, User.Status::valueOf),
                Columns.getLocalDate(row, 21),
                Columns.getLocalDateTime(row, 22),
                row.getString(23));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("email", "email");
        columns.put("displayName", "display_name");
        columns.put("createdAt", "created_at");
        columns.put("age", "age");
        columns.put("ageBoxed", "age_boxed");
        columns.put("visits", "visits");
        columns.put("visitsBoxed", "visits_boxed");
        columns.put("level", "level");
        columns.put("levelBoxed", "level_boxed");
        columns.put("score", "score");
        columns.put("scoreBoxed", "score_boxed");
        columns.put("ratio", "ratio");
        columns.put("ratioBoxed", "ratio_boxed");
        columns.put("active", "active");
        columns.put("verified", "verified");
        columns.put("balance", "balance");
        columns.put("avatar", "avatar");
        columns.put("token", "token");
        columns.put("status", "status");
        columns.put("birthday", "birthday");
        columns.put("lastSeen", "last_seen");
        columns.put("order", "order");
        return Collections.unmodifiableMap(columns);
    }
}
