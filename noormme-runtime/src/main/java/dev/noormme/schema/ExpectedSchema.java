package dev.noormme.schema;

import dev.noormme.config.Dialect;
import dev.noormme.connection.DecimalCollation;
import dev.noormme.internal.EntityMapping;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.sqlite.JDBC;

/**
 * The schema the entities declare, as SQLite itself reads it: each mapping's own CREATE
 * statements run in a private in-memory database, which is then read like the real one. So the
 * declared schema is never described twice, and affinities, keys and collations mean exactly
 * what SQLite makes of the generated DDL. Stateless.
 */
final class ExpectedSchema {

    private ExpectedSchema() {
    }

    /** The entities' tables, with the DECIMAL columns among their TEXT columns marked. */
    static SchemaSnapshot of(List<? extends EntityMapping<?, ?>> entities) throws SQLException {
        try (Connection memory = JDBC.createConnection("jdbc:sqlite::memory:", new Properties())) {
            DecimalCollation.register(memory);
            // One transaction: each DDL statement alone would commit and rewrite the schema.
            try (Statement create = memory.createStatement()) {
                create.execute("BEGIN");
                for (EntityMapping<?, ?> mapping : entities) {
                    for (String statement : mapping.sql(Dialect.SQLITE).schema()) {
                        create.execute(statement);
                    }
                }
                create.execute("COMMIT");
            }
            SchemaSnapshot declared = SchemaSnapshot.read(memory);
            List<DecimalProbe.Target> text = new ArrayList<>();
            for (SchemaSnapshot.Table table : declared.tables().values()) {
                if (!table.collates()) {
                    continue;
                }
                for (SchemaSnapshot.Column column : table.columns().values()) {
                    if (column.affinity().equals("TEXT")) {
                        text.add(new DecimalProbe.Target(table.name(), column.name()));
                    }
                }
            }
            Set<DecimalProbe.Target> decimal = DecimalProbe.decimal(memory, text);
            Map<String, SchemaSnapshot.Table> tables = new LinkedHashMap<>();
            declared.tables().forEach((key, table) -> tables.put(key, table.withDecimalColumns(decimal.stream()
                    .filter(target -> target.table().equals(table.name()))
                    .map(target -> SchemaSnapshot.key(target.column())).collect(Collectors.toSet()))));
            return new SchemaSnapshot(Map.copyOf(tables));
        }
    }
}
