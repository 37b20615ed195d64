package dev.noormme.processor.reader;

import dev.noormme.processor.model.BindingKind;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Decides how a Java type is stored, or that it cannot be. */
final class TypeResolver {

    private static final Map<String, BindingKind> DECLARED = Map.ofEntries(
            Map.entry("java.lang.String", BindingKind.STRING),
            Map.entry("java.lang.Integer", BindingKind.INTEGER),
            Map.entry("java.lang.Long", BindingKind.LONG),
            Map.entry("java.lang.Short", BindingKind.SHORT),
            Map.entry("java.lang.Double", BindingKind.DOUBLE),
            Map.entry("java.lang.Float", BindingKind.FLOAT),
            Map.entry("java.lang.Boolean", BindingKind.BOOLEAN),
            Map.entry("java.math.BigDecimal", BindingKind.BIG_DECIMAL),
            Map.entry("java.util.UUID", BindingKind.UUID),
            Map.entry("java.time.Instant", BindingKind.INSTANT),
            Map.entry("java.time.LocalDate", BindingKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", BindingKind.LOCAL_DATE_TIME));

    private TypeResolver() {
    }

    /** The binding for {@code type}, or empty when NOORMME cannot store it. */
    static Optional<BindingKind> resolve(TypeMirror type) {
        return Optional.ofNullable(switch (type.getKind()) {
            case INT -> BindingKind.INT;
            case LONG -> BindingKind.LONG_PRIMITIVE;
            case SHORT -> BindingKind.SHORT_PRIMITIVE;
            case DOUBLE -> BindingKind.DOUBLE_PRIMITIVE;
            case FLOAT -> BindingKind.FLOAT_PRIMITIVE;
            case BOOLEAN -> BindingKind.BOOLEAN_PRIMITIVE;
            case ARRAY -> ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? BindingKind.BYTES : null;
            case DECLARED -> declared((DeclaredType) type);
            default -> null;
        });
    }

    private static BindingKind declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return BindingKind.ENUM;
        }
        return DECLARED.get(element.getQualifiedName().toString());
    }
}
