package com.acme.notes.db;

import dev.noormme.annotations.Migration;
import dev.noormme.migration.MigrationStep;
import java.sql.Connection;

public final class Seeds {
    private Seeds() {
    }

    @Migration(version = "2_1", description = "Seed \"welcome\" note")
    public static final class V2_1 implements MigrationStep {
        @Override
        public void migrate(Connection c) throws Exception {
        }
    }
}
