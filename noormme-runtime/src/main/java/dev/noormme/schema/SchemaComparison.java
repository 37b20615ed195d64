package dev.noormme.schema;

import dev.noormme.config.Dialect;
import dev.noormme.schema.SchemaDifference.Kind;
import dev.noormme.schema.SchemaSnapshot.Column;
import dev.noormme.schema.SchemaSnapshot.Index;
import dev.noormme.schema.SchemaSnapshot.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares the declared schema with the real one, table by table in the entities' order, and
 * says what each difference is and what fixes it. Tables, columns and indexes the entities do
 * not declare are no difference, except a NOT NULL column without a default, which every insert
 * would fail on. The fixes it offers are the dialect's: SQLite rebuilds a table to change a
 * column, PostgreSQL alters it. Stateless.
 */
final class SchemaComparison {

    private static final String REBUILD = "SQLite changes a column only by rebuilding its table in a migration:"
            + " create the new table, copy the rows, drop the old one and rename the new one"
            + " (https://www.sqlite.org/lang_altertable.html#otheralter)";

    private SchemaComparison() {
    }

    /**
     * Every difference; {@code database} is the real database, asked for the collations of its
     * TEXT columns (on SQLite: PostgreSQL has no DECIMAL collation to probe).
     */
    static List<SchemaDifference> compare(List<String> tables, SchemaSnapshot expected, SchemaSnapshot actual,
            Connection database, Dialect dialect) throws SQLException {
        List<SchemaDifference> differences = new ArrayList<>();
        List<DecimalProbe.Target> probes = new ArrayList<>();
        for (String name : tables) {
            Table want = expected.table(name);
            Table have = actual.table(name);
            if (have == null) {
                differences.add(new SchemaDifference(Kind.MISSING_TABLE, want.name(), null, "Table " + want.name()
                        + " is missing: the entity declares columns " + String.join(", ", names(want)) + ".", ""));
                continue;
            }
            compareColumns(want, have, differences, probes, dialect);
            compareExtraColumns(want, have, differences, dialect);
            compareIndexes(want, have, differences);
        }
        Set<DecimalProbe.Target> decimal = DecimalProbe.decimal(database, probes);
        for (DecimalProbe.Target probe : probes) {
            Table want = expected.table(probe.table());
            boolean wanted = want.decimalColumns().contains(SchemaSnapshot.key(probe.column()));
            if (wanted != decimal.contains(probe)) {
                differences.add(collation(want.name(), probe.column(), wanted));
            }
        }
        return differences;
    }

    private static void compareColumns(Table want, Table have, List<SchemaDifference> differences,
            List<DecimalProbe.Target> probes, Dialect dialect) {
        List<String> wantKey = want.primaryKey();
        List<String> haveKey = have.primaryKey();
        if (!lowerCase(wantKey).equals(lowerCase(haveKey))) {
            differences.add(new SchemaDifference(Kind.PRIMARY_KEY, want.name(), null, "Table " + want.name()
                    + ": the primary key is " + (haveKey.isEmpty() ? "missing" : "(" + String.join(", ", haveKey) + ")")
                    + " in the database, but the entity's @Id is " + String.join(", ", wantKey) + ".",
                    (dialect == Dialect.SQLITE ? "rebuild the table with " + String.join(", ", wantKey)
                            + " as its PRIMARY KEY (" + REBUILD + ")"
                            : "make " + String.join(", ", wantKey) + " the key in a migration (ALTER TABLE "
                            + quote(want.name(), dialect) + " DROP CONSTRAINT <the old key>, ADD PRIMARY KEY ("
                            + String.join(", ", wantKey) + "))") + ", or put @Id on the property of the database's key"));
        }
        for (Column column : want.columns().values()) {
            Column found = have.column(column.name());
            String where = "Table " + want.name() + ", column " + column.name() + ": ";
            if (found == null) {
                differences.add(missingColumn(want, have, column, where, dialect));
                continue;
            }
            String wantAffinity = column.affinity();
            String haveAffinity = found.affinity();
            if (!wantAffinity.equals(haveAffinity)) {
                differences.add(dialect == Dialect.SQLITE
                        ? new SchemaDifference(Kind.AFFINITY, want.name(), column.name(), where + "type affinity is "
                                + haveAffinity + " (declared '" + found.type() + "'), but the entity needs "
                                + wantAffinity + " ('" + column.type() + "').", affinityFix(haveAffinity, wantAffinity))
                        : new SchemaDifference(Kind.AFFINITY, want.name(), column.name(), where + "type is " + haveAffinity
                                + ", but the entity needs " + wantAffinity + ".", typeFix(want.name(), column, found)));
            } else if (dialect == Dialect.SQLITE && wantAffinity.equals("TEXT") && (want.collates() || have.collates())) {
                probes.add(new DecimalProbe.Target(want.name(), column.name()));
            }
            boolean rowid = dialect == Dialect.SQLITE && column.pk() > 0 && wantKey.size() == 1
                    && column.type().equalsIgnoreCase("INTEGER");
            if (rowid && wantAffinity.equals(haveAffinity) && found.pk() > 0 && haveKey.size() == 1
                    && !found.type().equalsIgnoreCase("INTEGER")) {
                differences.add(new SchemaDifference(Kind.PRIMARY_KEY, want.name(), column.name(), where
                        + "declared '" + found.type() + "' PRIMARY KEY, which SQLite does not fill in: the entity's"
                        + " generated id needs INTEGER PRIMARY KEY (the rowid).",
                        "rebuild the table with the column declared INTEGER PRIMARY KEY (" + REBUILD + ")"));
            }
            // An INTEGER PRIMARY KEY is the rowid: never NULL, whatever table_info says.
            if (rowid || column.notNull() == found.notNull()) {
                continue;
            }
            if (column.notNull()) {
                differences.add(new SchemaDifference(Kind.NULLABLE, want.name(), column.name(), where
                        + "nullable in the database, but the entity declares it NOT NULL.",
                        "make the column NOT NULL after replacing its NULLs (" + (dialect == Dialect.SQLITE ? REBUILD
                                : "ALTER TABLE " + quote(want.name(), dialect) + " ALTER COLUMN "
                                + quote(column.name(), dialect) + " SET NOT NULL") + "), or make the property"
                                + " nullable: a boxed type without @Column(nullable = false)"));
            } else {
                differences.add(new SchemaDifference(Kind.NOT_NULL, want.name(), column.name(), where
                        + "NOT NULL in the database, but the entity declares it nullable.", ""));
            }
        }
    }

    private static SchemaDifference missingColumn(Table want, Table have, Column column, String where, Dialect dialect) {
        String description = where + "missing; the entity declares " + column.describe() + ".";
        for (Column other : have.columns().values()) {
            if (want.column(other.name()) == null && squash(other.name()).equals(squash(column.name()))) {
                return new SchemaDifference(Kind.MISSING_COLUMN, want.name(), column.name(), description
                        .replace("missing;", "missing (the database has " + other.name() + ", which no property maps to);"),
                        "rename the column in a migration (ALTER TABLE " + quote(want.name(), dialect) + " RENAME COLUMN "
                                + quote(other.name(), dialect) + " TO " + quote(column.name(), dialect) + "), or keep the database's"
                                + " name with @Column(name = \"" + other.name() + "\")");
            }
        }
        boolean decimal = want.decimalColumns().contains(SchemaSnapshot.key(column.name()));
        return new SchemaDifference(Kind.MISSING_COLUMN, want.name(), column.name(), description,
                "add a migration that runs ALTER TABLE " + quote(want.name(), dialect) + " ADD COLUMN "
                        + quote(column.name(), dialect)
                        + " " + column.type() + (decimal ? " COLLATE DECIMAL" : "")
                        + (column.notNull() ? " NOT NULL DEFAULT <a value for the rows already there>" : ""));
    }

    private static String affinityFix(String have, String want) {
        String fix = "change the column's type, converting its values (" + REBUILD + ")";
        if (have.equals("INTEGER") && want.equals("TEXT")) {
            fix += ". An INTEGER column where the entity needs TEXT is what an earlier NOORMME wrote for an Instant"
                    + " (epoch milliseconds); Instant is now ISO-8601 UTC text (see the README's storage table)";
        }
        return fix;
    }

    /** PostgreSQL changes a column's type in place; the cast converts what a SQLite-shaped schema holds. */
    private static String typeFix(String table, Column want, Column have) {
        String fix = "change the column's type in a migration (ALTER TABLE " + quote(table, Dialect.POSTGRESQL)
                + " ALTER COLUMN " + quote(want.name(), Dialect.POSTGRESQL) + " TYPE " + want.type() + " USING "
                + quote(want.name(), Dialect.POSTGRESQL) + "::" + want.type() + ")";
        if (have.type().equals("text") || have.type().equals("integer") || have.type().equals("bigint")) {
            fix += ". A table made for SQLite looks like this: it stores an Instant as text, a BigDecimal as text"
                    + " and a boolean as an integer, where PostgreSQL needs its own types";
        }
        return fix;
    }

    private static String quote(String identifier, Dialect dialect) {
        return dialect == Dialect.SQLITE ? DecimalProbe.quote(identifier) : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static SchemaDifference collation(String table, String column, boolean wanted) {
        String where = "Table " + table + ", column " + column + ": ";
        return wanted
                ? new SchemaDifference(Kind.COLLATION, table, column, where + "compares as text, not as numbers: the"
                        + " entity declares TEXT COLLATE DECIMAL (a BigDecimal), but the database's column has no DECIMAL"
                        + " collation, so <, BETWEEN, ORDER BY and MIN/MAX would put '100' before '9'.",
                        "recreate the column with COLLATE DECIMAL (" + REBUILD + "). A file written by an earlier"
                                + " NOORMME stored BigDecimal as plain TEXT")
                : new SchemaDifference(Kind.COLLATION, table, column, where + "compares as decimal numbers"
                        + " (COLLATE DECIMAL) in the database, but the entity's column compares as text.",
                        "recreate the column without COLLATE DECIMAL (" + REBUILD + "), or map it to a BigDecimal");
    }

    private static void compareExtraColumns(Table want, Table have, List<SchemaDifference> differences,
            Dialect dialect) {
        for (Column extra : have.columns().values()) {
            boolean rowid = dialect == Dialect.SQLITE && extra.pk() > 0 && have.primaryKey().size() == 1 && extra.type().equalsIgnoreCase("INTEGER");
            if (want.column(extra.name()) != null || !extra.notNull() || extra.defaultValue() != null || rowid) {
                continue;
            }
            differences.add(new SchemaDifference(Kind.UNFILLED_COLUMN, want.name(), extra.name(), "Table " + want.name()
                    + ", column " + extra.name() + ": NOT NULL without a default in the database, and no property maps"
                    + " to it, so every insert would fail.",
                    "give it a default (" + (dialect == Dialect.SQLITE ? REBUILD : "ALTER TABLE "
                            + quote(want.name(), dialect) + " ALTER COLUMN " + quote(extra.name(), dialect)
                            + " SET DEFAULT <a value>") + ") or drop it in a migration (ALTER TABLE "
                            + quote(want.name(), dialect) + " DROP COLUMN " + quote(extra.name(), dialect)
                            + "), or add a property for it to the entity"));
        }
    }

    private static void compareIndexes(Table want, Table have, List<SchemaDifference> differences) {
        for (Index index : want.indexes()) {
            if (have.indexes().contains(index)) {
                continue;
            }
            Index other = new Index(index.columns(), !index.unique());
            String where = "Table " + want.name() + ", column" + (index.columns().size() == 1 ? " " : "s ")
                    + String.join(", ", index.columns()) + ": ";
            differences.add(new SchemaDifference(Kind.INDEX, want.name(), String.join(", ", index.columns()),
                    where + (have.indexes().contains(other)
                            ? "the database has " + other.describe() + ", but the entity declares a " + index.describe() + "."
                            : "index missing; the entity declares a " + index.describe() + "."), ""));
        }
    }

    private static List<String> names(Table table) {
        return table.columns().values().stream().map(Column::name).toList();
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map(SchemaSnapshot::key).toList();
    }

    /** A name without case and underscores: first_name and firstName and FIRSTNAME are one. */
    private static String squash(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
