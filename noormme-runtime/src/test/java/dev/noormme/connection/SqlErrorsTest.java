package dev.noormme.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.ConstraintViolationException;
import dev.noormme.NoormmeException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The driver's message forms, as sqlite-jdbc 3.54 writes them. */
class SqlErrorsTest {

    private static ConstraintViolationException violation(String message) {
        NoormmeException translated = SqlErrors.translate(new SQLException(message, null, 19), "insert into t", "t");
        return assertInstanceOf(ConstraintViolationException.class, translated);
    }

    @Test
    void uniqueOnTwoColumnsNamesBoth() {
        ConstraintViolationException e = violation(
                "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: orders.customer, orders.number)");
        assertEquals("orders", e.table());
        assertEquals(List.of("customer", "number"), e.columns());
        assertTrue(e.getMessage().startsWith("UNIQUE constraint violated on orders(customer, number): another row"),
                e.getMessage());
    }

    @Test
    void checkNamesTheCheckAndTheOperationsTable() {
        ConstraintViolationException e = violation(
                "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: length(name) > 0)");
        assertEquals("t", e.table());
        assertEquals(List.of(), e.columns());
        assertTrue(e.getMessage().contains("'length(name) > 0'"), e.getMessage());
    }

    @Test
    void foreignKeyUsesTheOperationsTable() {
        ConstraintViolationException e = violation(
                "[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint failed)");
        assertEquals("t", e.table());
        assertTrue(e.getMessage().startsWith("FOREIGN KEY constraint violated on t:"), e.getMessage());
    }

    @Test
    void batchMessagesAreParsedToo() {
        ConstraintViolationException e = violation("batch entry 3: [SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint"
                + " failed (NOT NULL constraint failed: users.email)");
        assertEquals("users", e.table());
        assertEquals(List.of("email"), e.columns());
    }

    @Test
    void otherErrorsCarryTheOperationAndSqlitesMessage() {
        NoormmeException e = SqlErrors.translate(
                new SQLException("[SQLITE_ERROR] SQL error or missing database (no such column: nope)", null, 1),
                "findAll on users", "users");
        assertFalse(e instanceof ConstraintViolationException);
        assertEquals("findAll on users failed: [SQLITE_ERROR] SQL error or missing database (no such column: nope)",
                e.getMessage());
    }
}
