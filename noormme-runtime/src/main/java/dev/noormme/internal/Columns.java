package dev.noormme.internal;

import dev.noormme.NoormmeException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;
import org.sqlite.core.CorePreparedStatement;
import org.sqlite.core.CoreResultSet;

/**
 * How each supported Java type is stored, in one place, for generated mappings and the values
 * bound to generated queries, so a value compares in SQL exactly as it was stored. Everything
 * here handles null; generated code reads primitives with the plain JDBC calls.
 *
 * <p>Storage, chosen so that SQL compares and orders as Java does (see the README's table):
 * <ul>
 * <li>{@code BigDecimal}: its plain text ({@link BigDecimal#toPlainString()}) in a
 *     {@code TEXT COLLATE DECIMAL} column, so value and scale are exact and comparisons are
 *     numeric; a negative scale comes back as scale 0 ({@code 1E+3} reads as {@code 1000}).</li>
 * <li>{@code Instant}: UTC text {@code 2026-11-30T13:53:49.063020Z}, always six fraction digits,
 *     so text order is time order; finer digits than microseconds are dropped.</li>
 * <li>{@code LocalDateTime}, {@code LocalDate}: ISO text ({@code toString()}), which orders as
 *     time for years 0000 to 9999; {@code LocalDateTime} keeps microseconds.</li>
 * <li>{@code UUID} and enums (by name) as text; booleans as INTEGER 0/1; {@code byte[]} as BLOB.</li>
 * </ul>
 * A value SQLite would store as something else is refused with a {@link NoormmeException}
 * before anything is written: NaN (SQLite stores NULL), -0.0 (stored as 0.0), a string with an
 * unpaired surrogate (stored with '?'), and dates outside the years that order as text.
 *
 * <p>On PostgreSQL the types are its own ({@code NUMERIC}, {@code TIMESTAMPTZ}, {@code DATE},
 * {@code TIMESTAMP}, {@code UUID}, {@code BOOLEAN}, {@code BYTEA}), bound and read as pgJDBC's
 * {@code java.time} and {@code UUID} objects, and the same values are refused, so that one rule
 * holds on both; PostgreSQL also refuses text with U+0000, which SQLite keeps. The dialect is the
 * statement's own: sqlite-jdbc's statements and result sets are told apart by their class, so
 * generated code calls one method whichever database it runs on.
 */
public final class Columns {

    private Columns() {
    }

    /** PostgreSQL's NUMERIC limits, so a value stored here fits there too. */
    private static final int MAX_INTEGER_DIGITS = 131_072;
    private static final int MAX_FRACTION_DIGITS = 16_383;

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the instants whose text orders as time. */
    private static final long MIN_EPOCH_SECOND = -62_167_219_200L;
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final int INSTANT_TEXT_LENGTH = "0000-00-00T00:00:00.000000Z".length();

    /** True for sqlite-jdbc's statements; false for PostgreSQL's (pgJDBC's, behind HikariCP's proxies). */
    static boolean onSqlite(PreparedStatement statement) {
        return statement instanceof CorePreparedStatement;
    }

    private static boolean onSqlite(ResultSet row) {
        return row instanceof CoreResultSet;
    }

    public static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, onSqlite(statement) ? checkedText(value) : withoutNul(checkedText(value)));
        }
    }

    /** The text itself, after checking that SQLite's UTF-8 can hold every character of it. */
    private static String checkedText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new NoormmeException("The text \"" + preview(value) + "\" has an unpaired surrogate (\\u"
                        + Integer.toHexString(c) + ") at index " + i + ": SQLite stores text as UTF-8, which"
                        + " would replace it with '?'. Store valid UTF-16 text, or the raw bytes as a byte[].");
            }
        }
        return value;
    }

    /** The text itself, after checking it has no U+0000, which PostgreSQL cannot store in text. */
    private static String withoutNul(String value) {
        int at = value.indexOf('\0');
        if (at >= 0) {
            throw new NoormmeException("The text \"" + preview(value.replace('\0', ' ')) + "\" has the character U+0000 at"
                    + " index " + at + ", which PostgreSQL cannot store in text (SQLite can). Remove it, or store the"
                    + " raw bytes as a byte[].");
        }
        return value;
    }

    private static String preview(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
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
            setDouble(statement, index, value.doubleValue());
        }
    }

    /** Binds a {@code double} that SQLite stores unchanged; NaN and -0.0 are refused. */
    public static void setDouble(PreparedStatement statement, int index, double value) throws SQLException {
        statement.setDouble(index, storable(value, "double"));
    }

    public static void setFloat(PreparedStatement statement, int index, Float value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.FLOAT);
        } else {
            setFloat(statement, index, value.floatValue());
        }
    }

    /** Binds a {@code float} (stored as the equal REAL, so it reads back exactly); NaN and -0.0 are refused. */
    public static void setFloat(PreparedStatement statement, int index, float value) throws SQLException {
        statement.setDouble(index, storable(value, "float"));
    }

    private static double storable(double value, String type) {
        if (Double.isNaN(value)) {
            throw new NoormmeException("A " + type + " NaN cannot be stored: SQLite stores NaN as NULL. Store null"
                    + " (with a " + (type.equals("double") ? "Double" : "Float") + " property) for a missing value.");
        }
        if (value == 0.0 && Double.doubleToRawLongBits(value) != 0L) {
            throw new NoormmeException("A " + type + " -0.0 cannot be stored: SQLite stores it as 0.0, which Java"
                    + " does not equal. Store 0.0.");
        }
        return value;
    }

    /** Binds a boolean: sqlite-jdbc stores INTEGER 1 or 0, PostgreSQL a BOOLEAN. */
    public static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }

    /**
     * Binds the plain text of a {@code BigDecimal} ({@code 1E+3} as {@code 1000}), which the
     * column's {@code DECIMAL} collation compares as a number. Values beyond PostgreSQL's NUMERIC
     * limits are refused, so that a stray {@code 1E+999999999} does not become a gigabyte of text.
     */
    public static void setBigDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, onSqlite(statement) ? Types.VARCHAR : Types.NUMERIC);
            return;
        }
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || value.scale() > MAX_FRACTION_DIGITS) {
            throw new NoormmeException("The BigDecimal " + preview(value.toString()) + " has " + integerDigits
                    + " digits before the point and " + Math.max(0, value.scale()) + " after it; NOORMME stores up to "
                    + MAX_INTEGER_DIGITS + " and " + MAX_FRACTION_DIGITS + " (PostgreSQL's NUMERIC limits).");
        }
        if (onSqlite(statement)) {
            statement.setString(index, value.toPlainString());
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    public static void setBytes(PreparedStatement statement, int index, byte[] value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BINARY); // BLOB would be a large object to pgJDBC
        } else {
            statement.setBytes(index, value);
        }
    }

    public static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
        if (onSqlite(statement)) {
            statement.setString(index, value == null ? null : value.toString());
        } else if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    public static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.name());
        }
    }

    /**
     * Binds an instant truncated to microseconds: on SQLite as UTC text with six fraction
     * digits, on PostgreSQL as a TIMESTAMPTZ.
     */
    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (onSqlite(statement)) {
            statement.setString(index, value == null ? null : instantText(value));
        } else if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            instantText(value); // the same years as on SQLite
            statement.setObject(index, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    /** Binds a date: ISO text on SQLite, a DATE on PostgreSQL. */
    public static void setLocalDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (onSqlite(statement)) {
            statement.setString(index, value == null ? null : checkYear(value.getYear(), value).toString());
        } else if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, checkYear(value.getYear(), value));
        }
    }

    /** Binds a date-time truncated to microseconds: ISO text on SQLite, a TIMESTAMP on PostgreSQL. */
    public static void setLocalDateTime(PreparedStatement statement, int index, LocalDateTime value)
            throws SQLException {
        LocalDateTime stored = value == null ? null : checkYear(value.getYear(), value).truncatedTo(ChronoUnit.MICROS);
        if (onSqlite(statement)) {
            statement.setString(index, stored == null ? null : stored.toString());
        } else if (stored == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, stored);
        }
    }

    /** {@code 2026-11-30T13:53:49.063020Z}: fixed width, so comparing the text compares the instants. */
    static String instantText(Instant value) {
        long second = value.getEpochSecond();
        if (second < MIN_EPOCH_SECOND || second > MAX_EPOCH_SECOND) {
            throw outsideYears(value);
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
        char[] text = new char[INSTANT_TEXT_LENGTH];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, value.getNano() / 1000, 6);
        text[26] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static <T> T checkYear(int year, T value) {
        if (year < 0 || year > 9999) {
            throw outsideYears(value);
        }
        return value;
    }

    private static NoormmeException outsideYears(Object value) {
        return new NoormmeException("The date " + value + " is outside the years 0000 to 9999: NOORMME stores dates"
                + " as ISO text, whose order is the dates' order only for four-digit years.");
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
        return row.getBoolean(index);
    }

    public static Boolean getBoolean(ResultSet row, int index) throws SQLException {
        boolean value = row.getBoolean(index);
        return row.wasNull() ? null : value;
    }

    public static BigDecimal getBigDecimal(ResultSet row, int index) throws SQLException {
        if (!onSqlite(row)) {
            return row.getBigDecimal(index);
        }
        String value = row.getString(index);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw unreadable(row, index, value, "a decimal number", e);
        }
    }

    private static NoormmeException unreadable(ResultSet row, int index, String value, String expected,
            RuntimeException cause) throws SQLException {
        return new NoormmeException("Column " + row.getMetaData().getColumnName(index) + " holds \"" + preview(value)
                + "\", which is not " + expected + ": it was written by something other than NOORMME."
                + " Correct the value in the database.", cause);
    }

    public static byte[] getBytes(ResultSet row, int index) throws SQLException {
        return row.getBytes(index);
    }

    public static UUID getUuid(ResultSet row, int index) throws SQLException {
        if (!onSqlite(row)) {
            return row.getObject(index, UUID.class);
        }
        String value = row.getString(index);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw unreadable(row, index, value, "a UUID", e);
        }
    }

    /** Reads an enum by name; {@code valueOf} is the enum's own {@code valueOf}, no reflection. */
    public static <E extends Enum<E>> E getEnum(ResultSet row, int index, Function<String, E> valueOf)
            throws SQLException {
        String value = row.getString(index);
        if (value == null) {
            return null;
        }
        try {
            return valueOf.apply(value);
        } catch (IllegalArgumentException e) {
            throw unreadable(row, index, value, "the name of a constant of the enum", e);
        }
    }

    public static Instant getInstant(ResultSet row, int index) throws SQLException {
        if (!onSqlite(row)) {
            OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
        String value = row.getString(index);
        if (value == null) {
            return null;
        }
        try {
            return parseInstant(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw unreadable(row, index, value, "a UTC instant such as 2026-11-30T13:53:49.063020Z", e);
        }
    }

    /** Reads {@link #instantText(Instant)} without a formatter; any other ISO instant through {@link Instant#parse}. */
    static Instant parseInstant(String text) {
        if (text.length() != INSTANT_TEXT_LENGTH || text.charAt(10) != 'T' || text.charAt(19) != '.'
                || text.charAt(26) != 'Z') {
            return Instant.parse(text);
        }
        LocalDateTime utc = LocalDateTime.of(LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2)),
                LocalTime.of(number(text, 11, 2), number(text, 14, 2), number(text, 17, 2)));
        return Instant.ofEpochSecond(utc.toEpochSecond(ZoneOffset.UTC), number(text, 20, 6) * 1000L);
    }

    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit at " + i + " of " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static LocalDate getLocalDate(ResultSet row, int index) throws SQLException {
        if (!onSqlite(row)) {
            return row.getObject(index, LocalDate.class);
        }
        String value = row.getString(index);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw unreadable(row, index, value, "an ISO date such as 2026-11-30", e);
        }
    }

    public static LocalDateTime getLocalDateTime(ResultSet row, int index) throws SQLException {
        if (!onSqlite(row)) {
            return row.getObject(index, LocalDateTime.class);
        }
        String value = row.getString(index);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw unreadable(row, index, value, "an ISO date-time such as 2026-11-30T13:53:49.063020", e);
        }
    }
}
