package com.acme.notes.db;

import dev.noormme.annotations.Migration;
import dev.noormme.migration.MigrationStep;
import java.sql.Connection;

@Migration(version = "10", description = "Index titles")
public final class V10_IndexTitles implements MigrationStep {
    @Override
    public void migrate(Connection c) throws Exception {
    }
}
