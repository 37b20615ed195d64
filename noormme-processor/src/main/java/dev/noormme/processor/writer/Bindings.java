package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.PropertyModel;

/**
 * The JDBC code that binds and reads each kind of value: primitives with the plain JDBC calls,
 * everything nullable through {@code Columns}. Generated code refers to {@code statement} and
 * {@code row}, the parameter names of the mapping methods.
 */
final class Bindings {

    private Bindings() {
    }

    /** A statement binding {@code value} to parameter {@code index}. */
    static CodeBlock bind(BindingKind kind, CodeBlock index, CodeBlock value) {
        return switch (kind) {
            case INT -> CodeBlock.of("statement.setInt($L, $L)", index, value);
            case LONG_PRIMITIVE -> CodeBlock.of("statement.setLong($L, $L)", index, value);
            case SHORT_PRIMITIVE -> CodeBlock.of("statement.setShort($L, $L)", index, value);
            case DOUBLE_PRIMITIVE -> CodeBlock.of("statement.setDouble($L, $L)", index, value);
            case FLOAT_PRIMITIVE -> CodeBlock.of("statement.setFloat($L, $L)", index, value);
            case BOOLEAN_PRIMITIVE -> CodeBlock.of("statement.setInt($L, $L ? 1 : 0)", index, value);
            default -> CodeBlock.of("$T.$L(statement, $L, $L)", RuntimeTypes.COLUMNS, setter(kind), index, value);
        };
    }

    /** An expression reading the property from column {@code index} of {@code row}. */
    static CodeBlock read(PropertyModel property, int index) {
        return switch (property.kind()) {
            case STRING -> CodeBlock.of("row.getString($L)", index);
            case INT -> CodeBlock.of("row.getInt($L)", index);
            case LONG_PRIMITIVE -> CodeBlock.of("row.getLong($L)", index);
            case SHORT_PRIMITIVE -> CodeBlock.of("row.getShort($L)", index);
            case DOUBLE_PRIMITIVE -> CodeBlock.of("row.getDouble($L)", index);
            case FLOAT_PRIMITIVE -> CodeBlock.of("row.getFloat($L)", index);
            case BOOLEAN_PRIMITIVE -> CodeBlock.of("$T.getPrimitiveBoolean(row, $L)", RuntimeTypes.COLUMNS, index);
            case ENUM -> CodeBlock.of("$T.getEnum(row, $L, $T::valueOf)", RuntimeTypes.COLUMNS, index, property.type());
            default -> CodeBlock.of("$T.$L(row, $L)", RuntimeTypes.COLUMNS, "get" + suffix(property.kind()), index);
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
