package com.acme.notes.db;

import dev.noormme.annotations.Migration;
import dev.noormme.migration.MigrationStep;
import java.sql.Connection;

@Migration(version = "1", description = "Create notes")
public final class V1_CreateNotes implements MigrationStep {
    @Override
    public void migrate(Connection c) throws Exception {
    }
}
