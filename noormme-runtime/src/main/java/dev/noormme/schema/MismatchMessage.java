package dev.noormme.schema;

import dev.noormme.schema.SchemaCheck.Preparation;
import java.util.List;

/**
 * The message of a failed check at open: every breaking difference with its fix, then what the
 * way this database's schema is made means for fixing it. Stateless.
 */
final class MismatchMessage {

    private static final String ADOPT = "To keep an existing database's data, adopt migrations: a migration that makes"
            + " these changes, opened once with baselineOnMigrate(true) and baselineVersion(\"1\")"
            + " (NOORMME_BASELINE_ON_MIGRATE, NOORMME_BASELINE_VERSION), so that it runs on the tables already there;"
            + " see \"Opening an existing database\" in the README.";

    private MismatchMessage() {
    }

    static String of(List<SchemaDifference> breaking, Preparation preparation, String database) {
        StringBuilder message = new StringBuilder("The database ").append(database)
                .append(" does not match the entities in ").append(breaking.size())
                .append(breaking.size() == 1 ? " way" : " ways")
                .append(" that could return wrong data or make queries fail, so it was not opened:");
        for (SchemaDifference difference : breaking) {
            String fix = difference.kind() == SchemaDifference.Kind.MISSING_TABLE ? missingTable(preparation)
                    : difference.fix();
            message.append("\n - ").append(difference.description()).append(" Fix: ").append(fix).append('.');
        }
        message.append('\n').append(switch (preparation) {
            case MIGRATIONS -> "This application's migrations make its schema (createSchema is not used when there"
                    + " are migrations): add one that makes these changes; database.migrations().validate() lists"
                    + " the same differences.";
            case CREATE_SCHEMA -> "createSchema creates the tables and indexes that are missing, but never changes a"
                    + " table that exists. A database whose data can go (DEVELOPMENT, TEST) can be deleted and is then"
                    + " created afresh. " + ADOPT;
            case NONE -> "Nothing makes this database's schema at open: there are no migrations and createSchema is"
                    + " off (the default in PRODUCTION). " + ADOPT;
        });
        return message.toString();
    }

    private static String missingTable(Preparation preparation) {
        return switch (preparation) {
            case MIGRATIONS -> "add a migration that creates it";
            case CREATE_SCHEMA -> "create it in a migration";
            case NONE -> "open with createSchema(true) (NOORMME_CREATE_SCHEMA=true; the default in DEVELOPMENT and"
                    + " TEST) to create missing tables at open, or add a migration that creates it";
        };
    }
}
