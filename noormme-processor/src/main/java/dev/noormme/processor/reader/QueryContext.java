package dev.noormme.processor.reader;

import com.squareup.javapoet.TypeName;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.QueryMethodModel.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One query method being read, with its repository's entity: the parameters and return type as
 * seen from the repository (type variables of inherited interfaces resolved).
 *
 * @param method the method
 * @param repository the repository being read (the method may be inherited from another interface)
 * @param displayName {@code <Repository>.<method>}
 * @param constant the SQL constant's name, unique in the repository
 * @param entity the repository's entity
 * @param entityType the entity as a type
 * @param parameters the parameter elements, where parameter errors go
 * @param parameterTypes their types
 * @param returnType the return type
 */
record QueryContext(
        ExecutableElement method,
        TypeElement repository,
        String displayName,
        String constant,
        EntityModel entity,
        TypeMirror entityType,
        List<? extends VariableElement> parameters,
        List<? extends TypeMirror> parameterTypes,
        TypeMirror returnType) {

    String name() {
        return method.getSimpleName().toString();
    }

    String entityName() {
        return entity.type().simpleName();
    }

    List<Parameter> parameterModels(ReturnTypes types) {
        List<Parameter> models = new java.util.ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            TypeMirror type = parameterTypes.get(i);
            models.add(new Parameter(parameters.get(i).getSimpleName().toString(), ReturnTypes.typeName(type),
                    type.getKind() == TypeKind.ARRAY || types.isCollection(type)));
        }
        return models;
    }

    String parameterName(int index) {
        return parameters.get(index).getSimpleName().toString();
    }

    Optional<PropertyModel> property(String name) {
        return entity.allProperties().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    List<String> propertyNames() {
        return entity.allProperties().stream().map(PropertyModel::name).toList();
    }

    /** {@code id (Long), email (String)}: the properties with their types, for messages. */
    String propertiesWithTypes() {
        return entity.allProperties().stream()
                .map(p -> p.name() + " (" + simple(p.type()) + ")")
                .collect(Collectors.joining(", "));
    }

    static String simple(TypeName type) {
        return type.toString().replaceAll("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Z])", "");
    }
}
