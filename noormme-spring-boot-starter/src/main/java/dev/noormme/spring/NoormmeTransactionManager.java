package dev.noormme.spring;

import dev.noormme.Database;
import java.util.Objects;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.InvalidIsolationLevelException;
import org.springframework.transaction.InvalidTimeoutException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionUsageException;
import org.springframework.transaction.support.CallbackPreferringPlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;

/**
 * Runs Spring transactions ({@code @Transactional}, {@code TransactionTemplate}) as NOORMME
 * transactions: {@code execute} calls {@link Database#inTransaction(java.util.concurrent.Callable)},
 * so a {@code @Transactional} method, the repositories it calls and any
 * {@code database.inTransaction(...)} inside it share ONE transaction, and NOORMME's own
 * transaction joined by a {@code @Transactional} method is that same transaction.
 *
 * <p>NOORMME transactions are thread-bound and scoped by a callback, so this manager supports
 * only the callback style that {@code TransactionAspectSupport} and {@code TransactionTemplate}
 * use; {@link #getTransaction}, {@link #commit} and {@link #rollback} refuse. Propagation
 * REQUIRED, SUPPORTS, MANDATORY and NEVER are honoured; REQUIRES_NEW, NESTED, NOT_SUPPORTED, a
 * non-default isolation and a timeout are refused with a {@link TransactionUsageException}
 * rather than silently run as something else. {@code readOnly} is a hint and is ignored.
 *
 * <p>Thread-safe: one instance serves every thread.
 */
public final class NoormmeTransactionManager implements CallbackPreferringPlatformTransactionManager {

    private final Database database;

    /** A manager running transactions on {@code database}. */
    public NoormmeTransactionManager(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Runs {@code callback} as {@code definition} asks: in the thread's NOORMME transaction (begun
     * here, or joined), or without one for SUPPORTS and NEVER outside a transaction. A callback
     * that throws rolls the transaction back and its exception comes out unchanged (a joined
     * transaction becomes rollback-only, as a failed nested {@code inTransaction} does);
     * {@code status.setRollbackOnly()} rolls back too, quietly when this call began the transaction.
     *
     * @throws TransactionUsageException for a propagation, isolation or timeout NOORMME cannot honour
     * @throws IllegalTransactionStateException for MANDATORY outside a transaction or NEVER inside one
     */
    @Override
    public <T> T execute(TransactionDefinition definition, TransactionCallback<T> callback) {
        TransactionDefinition asked = definition == null ? TransactionDefinition.withDefaults() : definition;
        refuseUnsupported(asked);
        boolean active = database.inTransaction();
        return switch (asked.getPropagationBehavior()) {
            case TransactionDefinition.PROPAGATION_MANDATORY -> {
                if (!active) {
                    throw new IllegalTransactionStateException(describe(asked) + " has propagation MANDATORY but no"
                            + " NOORMME transaction is active on this thread");
                }
                yield inTransaction(callback, false);
            }
            case TransactionDefinition.PROPAGATION_NEVER -> {
                if (active) {
                    throw new IllegalTransactionStateException(describe(asked) + " has propagation NEVER but runs"
                            + " inside a NOORMME transaction");
                }
                yield callback.doInTransaction(new SimpleTransactionStatus(false));
            }
            case TransactionDefinition.PROPAGATION_SUPPORTS -> active ? inTransaction(callback, false)
                    : callback.doInTransaction(new SimpleTransactionStatus(false));
            default -> inTransaction(callback, !active); // REQUIRED: the rest were refused above
        };
    }

    private <T> T inTransaction(TransactionCallback<T> callback, boolean begins) {
        SimpleTransactionStatus status = new SimpleTransactionStatus(begins);
        try {
            return database.inTransaction(() -> {
                T result = callback.doInTransaction(status);
                if (status.isRollbackOnly()) {
                    // The runtime rolls back what the work throws out of; a joined transaction is
                    // marked rollback-only by it, exactly as Spring marks a participating one.
                    throw new RollbackRequested(result);
                }
                return result;
            });
        } catch (RollbackRequested requested) {
            @SuppressWarnings("unchecked")
            T result = (T) requested.result;
            return result;
        }
    }

    private static void refuseUnsupported(TransactionDefinition definition) {
        String propagation = switch (definition.getPropagationBehavior()) {
            case TransactionDefinition.PROPAGATION_REQUIRES_NEW -> "REQUIRES_NEW";
            case TransactionDefinition.PROPAGATION_NESTED -> "NESTED";
            case TransactionDefinition.PROPAGATION_NOT_SUPPORTED -> "NOT_SUPPORTED";
            default -> null;
        };
        if (propagation != null) {
            throw new TransactionUsageException(describe(definition) + " asks for propagation " + propagation
                    + ", which NOORMME cannot honour: its transactions are one per thread and nested calls join"
                    + " them. Use REQUIRED (the default), SUPPORTS, MANDATORY or NEVER, or run the work on"
                    + " another thread for an independent transaction");
        }
        if (definition.getIsolationLevel() != TransactionDefinition.ISOLATION_DEFAULT) {
            throw new InvalidIsolationLevelException(describe(definition) + " asks for isolation level "
                    + definition.getIsolationLevel() + "; NOORMME runs every transaction at the database's"
                    + " isolation: remove the attribute and set noormme.isolation instead");
        }
        if (definition.getTimeout() != TransactionDefinition.TIMEOUT_DEFAULT) {
            throw new InvalidTimeoutException(describe(definition) + " asks for a timeout, which NOORMME"
                    + " transactions do not have: remove the timeout attribute", definition.getTimeout());
        }
    }

    private static String describe(TransactionDefinition definition) {
        String name = definition.getName();
        return name == null ? "The transaction" : "The transaction of " + name;
    }

    /**
     * Refuses: a NOORMME transaction is scoped by a callback, so it cannot be begun here and
     * ended in another call. Use {@code @Transactional}, {@code TransactionTemplate} or {@link #execute}.
     */
    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        throw callbackOnly();
    }

    /** Refuses, as {@link #getTransaction} does. */
    @Override
    public void commit(TransactionStatus status) {
        throw callbackOnly();
    }

    /** Refuses, as {@link #getTransaction} does. */
    @Override
    public void rollback(TransactionStatus status) {
        throw callbackOnly();
    }

    private static TransactionUsageException callbackOnly() {
        return new TransactionUsageException("NoormmeTransactionManager runs transactions only through"
                + " execute(definition, callback), as @Transactional and TransactionTemplate call it: a NOORMME"
                + " transaction is scoped by a callback and cannot be begun and ended in separate calls");
    }

    /** Carries the callback's result out of a transaction its status marked rollback-only. */
    private static final class RollbackRequested extends RuntimeException {

        private final transient Object result;

        RollbackRequested(Object result) {
            super("setRollbackOnly() was called on the transaction's status", null, false, false);
            this.result = result;
        }
    }
}
