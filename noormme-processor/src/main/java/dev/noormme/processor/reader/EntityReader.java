package dev.noormme.processor.reader;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import dev.noormme.processor.model.BindingKind;
import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.IndexModel;
import dev.noormme.processor.model.Names;
import dev.noormme.processor.model.PropertyModel;
import dev.noormme.processor.model.RetentionModel;
import dev.noormme.processor.reader.PropertyReader.Candidate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Table} type into an {@link EntityModel}, reporting every problem it has.
 * Lives for the whole compilation, because table names must be unique across rounds.
 */
public final class EntityReader {

    private final Diagnostics diagnostics;
    private final PropertyReader properties;
    private final Map<String, String> tableOwners = new HashMap<>();

    public EntityReader(Diagnostics diagnostics, Elements elements, Types types) {
        this.diagnostics = diagnostics;
        this.properties = new PropertyReader(diagnostics, elements, types);
    }

    /** The entity's model, or empty when it had errors (all of them reported). */
    public Optional<EntityModel> read(TypeElement type) {
        int errorsBefore = diagnostics.errorCount();
        boolean record = type.getKind() == ElementKind.RECORD;
        AnnotationMirror table = Annotations.find(type, AnnotationNames.TABLE).orElseThrow();
        if (!record && type.getKind() != ElementKind.CLASS) {
            diagnostics.error(type, table, ProcessorErrors.TABLE_NOT_RECORD_OR_CLASS,
                    kindName(type.getKind()), type.getQualifiedName());
            return Optional.empty();
        }
        checkInstantiable(type, record);
        String tableName = tableName(type, table);
        List<Candidate> candidates = record ? properties.recordComponents(type) : properties.classFields(type);
        Optional<PropertyModel> id = readId(type, candidates);
        List<PropertyModel> columns = readColumns(type, candidates, record, id);
        List<IndexModel> indexes = new IndexReader(diagnostics).read(type, tableName, id, columns);
        Optional<RetentionModel> retention = new RetentionReader(diagnostics).read(type, tableName, columns);
        if (diagnostics.errorCount() > errorsBefore || id.isEmpty()) {
            return Optional.empty();
        }
        List<String> declarationOrder = candidates.stream().map(Candidate::name).toList();
        return Optional.of(new EntityModel(ClassName.get(type), record, tableName, id.get(), columns, indexes,
                declarationOrder, retention));
    }

    private void checkInstantiable(TypeElement type, boolean record) {
        List<String> problems = new ArrayList<>();
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add("private");
        }
        problems.addAll(GeneratedCodeAccess.constructionProblems(type));
        if (!problems.isEmpty()) {
            diagnostics.error(type, ProcessorErrors.ENTITY_NOT_INSTANTIABLE, type.getQualifiedName(),
                    String.join(", ", problems));
        } else if (!record && !hasPublicNoArgConstructor(type)) {
            diagnostics.error(type, ProcessorErrors.NO_PUBLIC_CONSTRUCTOR, type.getQualifiedName(), type.getSimpleName());
        }
    }

    private static boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    private String tableName(TypeElement type, AnnotationMirror table) {
        String name = Annotations.stringValue(table, "value", "");
        if (name.isEmpty()) {
            name = Names.snakeCase(type.getSimpleName().toString());
        }
        String qualifiedName = type.getQualifiedName().toString();
        String owner = tableOwners.putIfAbsent(name, qualifiedName);
        if (owner != null && !owner.equals(qualifiedName)) {
            diagnostics.error(type, table, ProcessorErrors.DUPLICATE_TABLE, name, qualifiedName, owner);
        }
        return name;
    }

    private Optional<PropertyModel> readId(TypeElement type, List<Candidate> candidates) {
        Candidate first = null;
        for (Candidate candidate : candidates) {
            if (!Annotations.has(candidate.element(), AnnotationNames.ID)) {
                continue;
            }
            if (first != null) {
                diagnostics.error(candidate.element(), ProcessorErrors.DUPLICATE_ID,
                        type.getQualifiedName(), candidate.name(), first.name());
                continue;
            }
            first = candidate;
        }
        if (first == null) {
            diagnostics.error(type, ProcessorErrors.NO_ID, type.getQualifiedName());
            return Optional.empty();
        }
        Optional<BindingKind> kind = TypeResolver.resolve(first.type());
        if (kind.isEmpty() || !(kind.get().generatable() || kind.get().suppliedIdType())) {
            diagnostics.error(first.element(), ProcessorErrors.UNSUPPORTED_ID_TYPE,
                    first.name(), type.getQualifiedName(), first.type());
            return Optional.empty();
        }
        String column = Annotations.find(first.element(), AnnotationNames.COLUMN)
                .map(mirror -> Annotations.stringValue(mirror, "name", ""))
                .filter(name -> !name.isEmpty())
                .orElse(Names.snakeCase(first.name()));
        return Optional.of(new PropertyModel(first.name(), typeName(first), kind.get(), column, false, false,
                first.read(), first.write()));
    }

    private List<PropertyModel> readColumns(TypeElement type, List<Candidate> candidates, boolean record,
            Optional<PropertyModel> id) {
        Map<String, String> columnOwners = new LinkedHashMap<>();
        id.ifPresent(property -> columnOwners.put(property.column(), property.name()));
        List<PropertyModel> columns = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (id.isPresent() && id.get().name().equals(candidate.name())) {
                continue;
            }
            if (Annotations.has(candidate.element(), AnnotationNames.ID)) {
                continue; // a second @Id, already reported
            }
            Optional<AnnotationMirror> columnAnnotation = Annotations.find(candidate.element(), AnnotationNames.COLUMN);
            String column = columnAnnotation.map(mirror -> Annotations.stringValue(mirror, "name", ""))
                    .filter(name -> !name.isEmpty())
                    .orElse(Names.snakeCase(candidate.name()));
            String owner = columnOwners.putIfAbsent(column, candidate.name());
            if (owner != null) {
                diagnostics.error(candidate.element(), ProcessorErrors.DUPLICATE_COLUMN,
                        candidate.name(), type.getQualifiedName(), column, owner);
            }
            Optional<BindingKind> kind = TypeResolver.resolve(candidate.type());
            if (kind.isEmpty()) {
                diagnostics.error(candidate.element(), ProcessorErrors.UNSUPPORTED_TYPE, candidate.name(),
                        type.getQualifiedName(), candidate.type(), record ? "" : ", or mark the field @Transient");
                continue;
            }
            boolean nullable = !kind.get().primitive()
                    && columnAnnotation.map(mirror -> Annotations.booleanValue(mirror, "nullable", true)).orElse(true);
            boolean unique = columnAnnotation.map(mirror -> Annotations.booleanValue(mirror, "unique", false))
                    .orElse(false);
            columns.add(new PropertyModel(candidate.name(), typeName(candidate), kind.get(), column, nullable, unique,
                    candidate.read(), candidate.write()));
        }
        return columns;
    }

    // Type-use annotations (@Nullable String) would otherwise be copied into generated signatures.
    // JavaPoet's box() compares primitives by identity, which withoutAnnotations() breaks.
    private static TypeName typeName(Candidate candidate) {
        TypeName type = TypeName.get(candidate.type());
        if (!type.isAnnotated()) {
            return type;
        }
        return type.isPrimitive() ? PRIMITIVES.get(candidate.type().getKind()) : type.withoutAnnotations();
    }

    private static final Map<TypeKind, TypeName> PRIMITIVES = Map.of(
            TypeKind.INT, TypeName.INT, TypeKind.LONG, TypeName.LONG, TypeKind.SHORT, TypeName.SHORT,
            TypeKind.DOUBLE, TypeName.DOUBLE, TypeKind.FLOAT, TypeName.FLOAT, TypeKind.BOOLEAN, TypeName.BOOLEAN,
            TypeKind.BYTE, TypeName.BYTE, TypeKind.CHAR, TypeName.CHAR);

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
