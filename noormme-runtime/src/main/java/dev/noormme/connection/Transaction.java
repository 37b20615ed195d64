package dev.noormme.connection;

/**
 * The transaction a thread runs on the writer connection. Lives in the manager's ThreadLocal
 * from BEGIN to COMMIT or ROLLBACK; only its own thread touches it.
 */
final class Transaction {

    private Throwable rollbackCause;

    /** A failure escaped a nested call: the whole transaction will roll back. */
    void markRollbackOnly(Throwable cause) {
        if (rollbackCause == null) {
            rollbackCause = cause;
        }
    }

    boolean rollbackOnly() {
        return rollbackCause != null;
    }

    Throwable rollbackCause() {
        return rollbackCause;
    }
}
