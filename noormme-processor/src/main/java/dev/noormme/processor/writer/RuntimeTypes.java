package dev.noormme.processor.writer;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;

/** The runtime types generated code refers to, named without loading them. */
final class RuntimeTypes {

    static final ClassName DATABASE = ClassName.get("dev.noormme", "Database");
    static final ClassName DATABASE_CONFIG = ClassName.get("dev.noormme.config", "DatabaseConfig");
    static final ClassName HEALTH_REPORT = ClassName.get("dev.noormme.health", "HealthReport");
    static final ClassName ENTITY_MAPPING = ClassName.get("dev.noormme.internal", "EntityMapping");
    static final ClassName COLUMNS = ClassName.get("dev.noormme.internal", "Columns");
    static final ClassName MAPPING_SQL = ClassName.get("dev.noormme.internal", "MappingSql");
    static final ClassName DIALECT_SQL = ClassName.get("dev.noormme.internal", "DialectSql");
    static final ClassName DIALECT = ClassName.get("dev.noormme.config", "Dialect");
    static final ClassName NULL_SAFE = ClassName.get("dev.noormme.internal", "NullSafe");
    static final ClassName REPOSITORY_SUPPORT = ClassName.get("dev.noormme.internal", "RepositorySupport");
    static final ClassName CRUD_WRITES = ClassName.get("dev.noormme.internal", "CrudWrites");
    static final ClassName CACHED_QUERY = ClassName.get("dev.noormme.cache.internal", "CachedQuery");
    static final ClassName SQL = ClassName.get("dev.noormme.internal", "Sql");
    static final ClassName PATTERNS = ClassName.get("dev.noormme.internal", "Patterns");
    static final ClassName STATEMENT_BINDER = ClassName.get("dev.noormme.internal", "StatementBinder");
    static final ClassName PAGE = ClassName.get("dev.noormme.repository", "Page");
    static final ClassName PAGE_REQUEST = ClassName.get("dev.noormme.repository", "PageRequest");
    static final ClassName PREPARED_STATEMENT = ClassName.get("java.sql", "PreparedStatement");
    static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final String PROCESSOR = "dev.noormme.processor.NoormmeProcessor";

    private RuntimeTypes() {
    }

    /** {@code @Generated("dev.noormme.processor.NoormmeProcessor")}, on every generated type. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
    }
}
