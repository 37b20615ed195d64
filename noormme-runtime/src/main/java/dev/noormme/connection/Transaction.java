package dev.noormme.connection;

/**
 * The transaction a thread runs, on the connection it holds from BEGIN to COMMIT or ROLLBACK.
 * Lives in the manager's ThreadLocal; only its own thread touches it.
 */
final class Transaction {

    private final Handle handle;
    private Throwable rollbackCause;

    Transaction(Handle handle) {
        this.handle = handle;
    }

    /** The connection every call of the transaction runs on. */
    Handle handle() {
        return handle;
    }

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
