package dev.noormme.processor.reader;

import com.squareup.javapoet.TypeName;
import dev.noormme.processor.model.BindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Takes a query method's types apart: the return type into a wrapper ({@code Optional},
 * {@code List}, {@code Page} or none) around an element (the entity, a record projection, a
 * scalar, void, or something else), and a parameter into a bindable value or a collection of one.
 */
final class ReturnTypes {

    static final String PAGE = "dev.noormme.repository.Page";
    static final String PAGE_REQUEST = "dev.noormme.repository.PageRequest";

    /** What wraps the element. */
    enum Wrapper { NONE, OPTIONAL, LIST, PAGE, STREAM }

    /** What the element is. */
    enum Element { ENTITY, PROJECTION, SCALAR, VOID, OTHER }

    /**
     * A return type taken apart.
     *
     * @param wrapper its wrapper
     * @param element what it wraps (the type itself for {@link Wrapper#NONE})
     * @param kind what the element is
     * @param scalar the element's binding when it is a scalar
     */
    record Shape(Wrapper wrapper, TypeMirror element, Element kind, Optional<BindingKind> scalar) {
    }

    /**
     * One record component of a projection.
     *
     * @param name its name
     * @param type its type
     * @param kind its binding, empty when NOORMME cannot read the type
     */
    record Component(String name, TypeMirror type, Optional<BindingKind> kind) {
    }

    private final Elements elements;
    private final Types types;

    ReturnTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    Shape shape(TypeMirror type, TypeMirror entity) {
        Wrapper wrapper = Wrapper.NONE;
        TypeMirror element = type;
        if (type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty()) {
            String erased = qualifiedName(type);
            wrapper = switch (erased) {
                case "java.util.Optional" -> Wrapper.OPTIONAL;
                case "java.util.List" -> Wrapper.LIST;
                case PAGE -> Wrapper.PAGE;
                case "java.util.stream.Stream" -> Wrapper.STREAM;
                default -> Wrapper.NONE;
            };
            if (wrapper != Wrapper.NONE) {
                element = upperBound(((DeclaredType) type).getTypeArguments().get(0));
            }
        }
        if (element.getKind() == TypeKind.VOID) {
            return new Shape(wrapper, element, Element.VOID, Optional.empty());
        }
        if (types.isSameType(element, entity)) {
            return new Shape(wrapper, element, Element.ENTITY, Optional.empty());
        }
        Optional<BindingKind> scalar = TypeResolver.resolve(element);
        if (scalar.isPresent()) {
            return new Shape(wrapper, element, Element.SCALAR, scalar);
        }
        boolean record = element.getKind() == TypeKind.DECLARED
                && ((DeclaredType) element).asElement().getKind() == ElementKind.RECORD;
        return new Shape(wrapper, element, record ? Element.PROJECTION : Element.OTHER, Optional.empty());
    }

    /** The components of a record projection, in constructor order. */
    List<Component> components(TypeMirror record) {
        List<Component> components = new ArrayList<>();
        TypeElement type = (TypeElement) ((DeclaredType) record).asElement();
        for (RecordComponentElement component : type.getRecordComponents()) {
            components.add(new Component(component.getSimpleName().toString(), component.asType(),
                    TypeResolver.resolve(component.asType())));
        }
        return components;
    }

    /** The element type when {@code type} is a {@code Collection}; empty otherwise (or when raw). */
    Optional<TypeMirror> collectionElement(TypeMirror type) {
        TypeElement collection = elements.getTypeElement("java.util.Collection");
        if (type.getKind() != TypeKind.DECLARED || collection == null
                || !types.isAssignable(types.erasure(type), types.erasure(collection.asType()))) {
            return Optional.empty();
        }
        List<TypeMirror> pending = new ArrayList<>(List.of(type));
        while (!pending.isEmpty()) {
            TypeMirror current = pending.remove(0);
            if (current.getKind() == TypeKind.DECLARED && qualifiedName(current).equals("java.util.Collection")) {
                List<? extends TypeMirror> arguments = ((DeclaredType) current).getTypeArguments();
                return arguments.isEmpty() ? Optional.empty() : Optional.of(upperBound(arguments.get(0)));
            }
            pending.addAll(types.directSupertypes(current));
        }
        return Optional.empty();
    }

    boolean isCollection(TypeMirror type) {
        TypeElement collection = elements.getTypeElement("java.util.Collection");
        return type.getKind() == TypeKind.DECLARED && collection != null
                && types.isAssignable(types.erasure(type), types.erasure(collection.asType()));
    }

    static boolean isPageRequest(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals(PAGE_REQUEST);
    }

    /** The type as generated code spells it, without type-use annotations. */
    static TypeName typeName(TypeMirror type) {
        // JavaPoet's box() compares primitives by identity, which withoutAnnotations() breaks.
        return switch (type.getKind()) {
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case SHORT -> TypeName.SHORT;
            case DOUBLE -> TypeName.DOUBLE;
            case FLOAT -> TypeName.FLOAT;
            case BOOLEAN -> TypeName.BOOLEAN;
            case BYTE -> TypeName.BYTE;
            case CHAR -> TypeName.CHAR;
            case VOID -> TypeName.VOID;
            default -> TypeName.get(type).withoutAnnotations();
        };
    }

    /** A type as a user reads it in a message: simple names, {@code List<User>}. */
    static String simple(TypeMirror type) {
        return type.toString().replaceAll("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Z])", "");
    }

    private static TypeMirror upperBound(TypeMirror argument) {
        if (argument.getKind() == TypeKind.WILDCARD && ((WildcardType) argument).getExtendsBound() != null) {
            return ((WildcardType) argument).getExtendsBound();
        }
        return argument;
    }

    private static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
