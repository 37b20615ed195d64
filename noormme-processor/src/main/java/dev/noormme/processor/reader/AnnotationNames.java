package dev.noormme.processor.reader;

/** Qualified names of the types the processor reads, kept as strings so no class is loaded. */
public final class AnnotationNames {

    public static final String TABLE = "dev.noormme.annotations.Table";
    public static final String ID = "dev.noormme.annotations.Id";
    public static final String COLUMN = "dev.noormme.annotations.Column";
    public static final String TRANSIENT = "dev.noormme.annotations.Transient";
    public static final String INDEX = "dev.noormme.annotations.Index";
    public static final String INDEX_LIST = "dev.noormme.annotations.Index.List";
    public static final String REPOSITORY = "dev.noormme.annotations.Repository";
    public static final String QUERY = "dev.noormme.annotations.Query";
    public static final String RETENTION_PERIOD = "dev.noormme.annotations.RetentionPeriod";
    public static final String CACHED = "dev.noormme.annotations.Cached";
    public static final String SLOW_QUERY_THRESHOLD = "dev.noormme.annotations.SlowQueryThreshold";
    public static final String CRUD_REPOSITORY = "dev.noormme.repository.CrudRepository";
    public static final String MIGRATION = "dev.noormme.annotations.Migration";
    public static final String MIGRATION_STEP = "dev.noormme.migration.MigrationStep";

    private AnnotationNames() {
    }
}
