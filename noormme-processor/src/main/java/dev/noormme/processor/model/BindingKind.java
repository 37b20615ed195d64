package dev.noormme.processor.model;

/**
 * How one supported Java type is stored: its SQL type, whether it is a primitive (bound with the
 * plain JDBC call and always NOT NULL), and which kind its boxed form is.
 */
public enum BindingKind {
    STRING(SqlType.TEXT, false),
    INT(SqlType.INTEGER, true),
    INTEGER(SqlType.INTEGER, false),
    LONG_PRIMITIVE(SqlType.INTEGER, true),
    LONG(SqlType.INTEGER, false),
    SHORT_PRIMITIVE(SqlType.INTEGER, true),
    SHORT(SqlType.INTEGER, false),
    DOUBLE_PRIMITIVE(SqlType.REAL, true),
    DOUBLE(SqlType.REAL, false),
    FLOAT_PRIMITIVE(SqlType.REAL, true),
    FLOAT(SqlType.REAL, false),
    BOOLEAN_PRIMITIVE(SqlType.INTEGER, true),
    BOOLEAN(SqlType.INTEGER, false),
    BIG_DECIMAL(SqlType.DECIMAL, false),
    BYTES(SqlType.BLOB, false),
    UUID(SqlType.TEXT, false),
    ENUM(SqlType.TEXT, false),
    INSTANT(SqlType.TEXT, false),
    LOCAL_DATE(SqlType.TEXT, false),
    LOCAL_DATE_TIME(SqlType.TEXT, false);

    private final SqlType sqlType;
    private final boolean primitive;

    BindingKind(SqlType sqlType, boolean primitive) {
        this.sqlType = sqlType;
        this.primitive = primitive;
    }

    /** The column's declared SQL type. */
    public SqlType sqlType() {
        return sqlType;
    }

    /** True for Java primitives: never null, so always NOT NULL. */
    public boolean primitive() {
        return primitive;
    }

    /** The kind of the boxed type: itself for non-primitives. */
    public BindingKind boxed() {
        return switch (this) {
            case INT -> INTEGER;
            case LONG_PRIMITIVE -> LONG;
            case SHORT_PRIMITIVE -> SHORT;
            case DOUBLE_PRIMITIVE -> DOUBLE;
            case FLOAT_PRIMITIVE -> FLOAT;
            case BOOLEAN_PRIMITIVE -> BOOLEAN;
            default -> this;
        };
    }

    /** The kind of the primitive type, for a boxed number or boolean; itself otherwise. */
    public BindingKind unboxed() {
        return switch (this) {
            case INTEGER -> INT;
            case LONG -> LONG_PRIMITIVE;
            case SHORT -> SHORT_PRIMITIVE;
            case DOUBLE -> DOUBLE_PRIMITIVE;
            case FLOAT -> FLOAT_PRIMITIVE;
            case BOOLEAN -> BOOLEAN_PRIMITIVE;
            default -> this;
        };
    }

    /** True for the id types SQLite generates: {@code INTEGER PRIMARY KEY} over a numeric Java id. */
    public boolean generatable() {
        return switch (this) {
            case INT, INTEGER, LONG_PRIMITIVE, LONG -> true;
            default -> false;
        };
    }

    /** True for the id types a caller supplies: TEXT primary keys. */
    public boolean suppliedIdType() {
        return this == STRING || this == UUID;
    }
}
