package dev.noormme.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * How each supported Java type is stored, in one place, for generated mappings. Primitives are
 * bound and read with the plain JDBC calls by generated code; everything here handles null.
 *
 * <p>Storage: {@code BigDecimal} as TEXT ({@link BigDecimal#toString()}, so scale survives),
 * {@code UUID}, enums (by name), {@code LocalDate} and {@code LocalDateTime} as ISO TEXT,
 * {@code Instant} as INTEGER epoch milliseconds, booleans as INTEGER 0/1, {@code byte[]} as BLOB.
 */
public final class Columns {

    private Columns() {
    }

    public static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    public static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    public static void setShort(PreparedStatement statement, int index, Short value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, value);
        }
    }

    public static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    public static void setFloat(PreparedStatement statement, int index, Float value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.FLOAT);
        } else {
            statement.setFloat(index, value);
        }
    }

    public static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value ? 1 : 0);
        }
    }

    public static void setBigDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        setString(statement, index, value == null ? null : value.toString());
    }

    public static void setBytes(PreparedStatement statement, int index, byte[] value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BLOB);
        } else {
            statement.setBytes(index, value);
        }
    }

    public static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        setString(statement, index, value == null ? null : value.toString());
    }

    public static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        setString(statement, index, value == null ? null : value.name());
    }

    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        setLong(statement, index, value == null ? null : value.toEpochMilli());
    }

    public static void setLocalDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        setString(statement, index, value == null ? null : value.toString());
    }

    public static void setLocalDateTime(PreparedStatement statement, int index, LocalDateTime value)
            throws SQLException {
        setString(statement, index, value == null ? null : value.toString());
    }

    public static Long getLong(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : value;
    }

    public static Integer getInteger(ResultSet row, int index) throws SQLException {
        int value = row.getInt(index);
        return row.wasNull() ? null : value;
    }

    public static Short getShort(ResultSet row, int index) throws SQLException {
        short value = row.getShort(index);
        return row.wasNull() ? null : value;
    }

    public static Double getDouble(ResultSet row, int index) throws SQLException {
        double value = row.getDouble(index);
        return row.wasNull() ? null : value;
    }

    public static Float getFloat(ResultSet row, int index) throws SQLException {
        float value = row.getFloat(index);
        return row.wasNull() ? null : value;
    }

    public static boolean getPrimitiveBoolean(ResultSet row, int index) throws SQLException {
        return row.getInt(index) != 0;
    }

    public static Boolean getBoolean(ResultSet row, int index) throws SQLException {
        int value = row.getInt(index);
        return row.wasNull() ? null : value != 0;
    }

    public static BigDecimal getBigDecimal(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        return value == null ? null : new BigDecimal(value);
    }

    public static byte[] getBytes(ResultSet row, int index) throws SQLException {
        return row.getBytes(index);
    }

    public static UUID getUuid(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        return value == null ? null : UUID.fromString(value);
    }

    /** Reads an enum by name; {@code valueOf} is the enum's own {@code valueOf}, no reflection. */
    public static <E extends Enum<E>> E getEnum(ResultSet row, int index, Function<String, E> valueOf)
            throws SQLException {
        String value = row.getString(index);
        return value == null ? null : valueOf.apply(value);
    }

    public static Instant getInstant(ResultSet row, int index) throws SQLException {
        long value = row.getLong(index);
        return row.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    public static LocalDate getLocalDate(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        return value == null ? null : LocalDate.parse(value);
    }

    public static LocalDateTime getLocalDateTime(ResultSet row, int index) throws SQLException {
        String value = row.getString(index);
        return value == null ? null : LocalDateTime.parse(value);
    }
}
