package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.PropertyModel;

/**
 * The JDBC code that binds and reads each kind of value: integral and boolean primitives with the
 * plain JDBC calls (sqlite-jdbc stores {@code setBoolean} as 1 or 0, pgJDBC sends a boolean),
 * everything else through {@code Columns}, which refuses what SQLite would alter
 * (a NaN or -0.0 double among them). Generated code refers to {@code statement} and
 * {@code row}, the parameter names of the mapping methods.
 */
final class Bindings {

    private Bindings() {
    }

    /** A statement binding {@code value} to parameter {@code index}. */
    static CodeBlock bind(BindingKind kind, CodeBlock index, CodeBlock value) {
        return bind(kind, "statement", index, value);
    }

    /** A statement binding {@code value} to parameter {@code index} of the statement named {@code statement}. */
    static CodeBlock bind(BindingKind kind, String statement, CodeBlock index, CodeBlock value) {
        return switch (kind) {
            case INT -> CodeBlock.of("$N.setInt($L, $L)", statement, index, value);
            case LONG_PRIMITIVE -> CodeBlock.of("$N.setLong($L, $L)", statement, index, value);
            case SHORT_PRIMITIVE -> CodeBlock.of("$N.setShort($L, $L)", statement, index, value);
            case BOOLEAN_PRIMITIVE -> CodeBlock.of("$N.setBoolean($L, $L)", statement, index, value);
            default -> CodeBlock.of("$T.$L($N, $L, $L)", RuntimeTypes.COLUMNS, setter(kind), statement, index, value);
        };
    }

    /** {@code Columns::setString} and the like: the setter of a reference type's value. */
    static CodeBlock setterReference(BindingKind kind) {
        return CodeBlock.of("$T::$L", RuntimeTypes.COLUMNS, setter(kind.boxed()));
    }

    /** An expression reading the property from column {@code index} of {@code row}. */
    static CodeBlock read(PropertyModel property, int index) {
        return read(property.kind(), property.type(), "row", index);
    }

    /** An expression reading a value of {@code type} from column {@code index} of the result set {@code row}. */
    static CodeBlock read(BindingKind kind, TypeName type, String row, int index) {
        return switch (kind) {
            case STRING -> CodeBlock.of("$N.getString($L)", row, index);
            case INT -> CodeBlock.of("$N.getInt($L)", row, index);
            case LONG_PRIMITIVE -> CodeBlock.of("$N.getLong($L)", row, index);
            case SHORT_PRIMITIVE -> CodeBlock.of("$N.getShort($L)", row, index);
            case DOUBLE_PRIMITIVE -> CodeBlock.of("$N.getDouble($L)", row, index);
            case FLOAT_PRIMITIVE -> CodeBlock.of("$N.getFloat($L)", row, index);
            case BOOLEAN_PRIMITIVE -> CodeBlock.of("$T.getPrimitiveBoolean($N, $L)", RuntimeTypes.COLUMNS, row, index);
            case ENUM -> CodeBlock.of("$T.getEnum($N, $L, $T::valueOf)", RuntimeTypes.COLUMNS, row, index, type);
            default -> CodeBlock.of("$T.$L($N, $L)", RuntimeTypes.COLUMNS, "get" + suffix(kind), row, index);
        };
    }

    private static String setter(BindingKind kind) {
        return "set" + suffix(kind);
    }

    private static String suffix(BindingKind kind) {
        return switch (kind) {
            case STRING -> "String";
            case INT, INTEGER -> "Integer";
            case LONG_PRIMITIVE, LONG -> "Long";
            case SHORT_PRIMITIVE, SHORT -> "Short";
            case DOUBLE_PRIMITIVE, DOUBLE -> "Double";
            case FLOAT_PRIMITIVE, FLOAT -> "Float";
            case BOOLEAN_PRIMITIVE, BOOLEAN -> "Boolean";
            case BIG_DECIMAL -> "BigDecimal";
            case BYTES -> "Bytes";
            case UUID -> "Uuid";
            case ENUM -> "Enum";
            case INSTANT -> "Instant";
            case LOCAL_DATE -> "LocalDate";
            case LOCAL_DATE_TIME -> "LocalDateTime";
        };
    }
}
