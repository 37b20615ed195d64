package dev.noormme.processor.writer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import com.squareup.javapoet.WildcardTypeName;
import dev.noormme.processor.model.ServiceIndexModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the compilation's {@code ServiceFactory_Index} and the {@code META-INF/services} line that
 * names it, so integrations find the generated factory through {@link java.util.ServiceLoader}.
 */
public final class ServiceIndexWriter {

    private static final ClassName SERVICE_INDEX = ClassName.get("dev.noormme", "ServiceIndex");
    private static final TypeName CLASS_LIST = ParameterizedTypeName.get(ClassName.get(List.class),
            ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)));

    private final ServiceIndexModel model;

    public ServiceIndexWriter(ServiceIndexModel model) {
        this.model = model;
    }

    /** The index class, in the ServiceFactory's package. */
    public TypeSpec write() {
        ClassName factory = model.serviceFactory();
        TypeVariableName r = TypeVariableName.get("R");
        CodeBlock types = CodeBlock.join(model.repositories().stream()
                .map(type -> CodeBlock.of("$T.class", type)).toList(), ",\n");
        return TypeSpec.classBuilder(model.indexClass())
                .addJavadoc("Lists {@link $T} for integrations such as the Spring Boot starter, which find it\n"
                        + "through {@code $L}. Stateless and thread-safe.\n", factory, ServiceIndexModel.SERVICE_FILE)
                .addAnnotation(RuntimeTypes.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(SERVICE_INDEX, factory))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC).build())
                .addMethod(MethodSpec.methodBuilder("serviceFactoryType")
                        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), factory))
                        .addStatement("return $T.class", factory).build())
                .addMethod(MethodSpec.methodBuilder("repositoryTypes")
                        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(CLASS_LIST)
                        .addCode(model.repositories().isEmpty() ? CodeBlock.of("return $T.of();\n", List.class)
                                : CodeBlock.of("return $T.of(\n$>$>$L$<$<);\n", List.class, types)).build())
                .addMethod(MethodSpec.methodBuilder("open")
                        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.DATABASE)
                        .addParameter(RuntimeTypes.DATABASE_CONFIG, "config")
                        .addStatement("return $T.openDatabase(config)", factory).build())
                .addMethod(MethodSpec.methodBuilder("serviceFactory")
                        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(factory)
                        .addParameter(RuntimeTypes.DATABASE, "database")
                        .addStatement("return new $T(database)", factory).build())
                .addMethod(MethodSpec.methodBuilder("repository")
                        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .addTypeVariable(r)
                        .returns(r)
                        .addParameter(factory, "factory")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), r), "type")
                        .addStatement("return factory.repository(type)").build())
                .build();
    }

    /** The content of {@link ServiceIndexModel#SERVICE_FILE}: the index's binary name. */
    public String serviceFile() {
        return model.indexClass().reflectionName() + "\n";
    }
}
