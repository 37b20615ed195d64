package dev.noormme.spring.app;

import dev.noormme.Database;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** @Transactional methods over the generated repository, as an application writes them. */
@Service
public class GreetingService {

    private final GreetingsRepository greetings;
    private final Database database;

    public GreetingService(GreetingsRepository greetings, Database database) {
        this.greetings = greetings;
        this.database = database;
    }

    /** Saves a greeting, then fails: nothing may stay. */
    @Transactional
    public void saveThenFail(String text) {
        greetings.save(Greeting.of(text));
        throw new IllegalStateException("failed after saving " + text);
    }

    /** Whether NOORMME sees a transaction here, and whether a nested inTransaction joins it. */
    @Transactional
    public boolean nestedJoins(String text) {
        boolean[] joined = new boolean[1];
        database.inTransaction(() -> {
            greetings.save(Greeting.of(text));
            joined[0] = database.inTransaction();
        });
        throw new IllegalStateException("outer method failed after the nested call returned " + joined[0]);
    }

    /** A checked exception, which Spring's default rules commit on. */
    @Transactional
    public void saveThenThrowChecked(String text) throws Exception {
        greetings.save(Greeting.of(text));
        throw new Exception("checked after saving " + text);
    }

    /** A checked exception the method declares rollback for. */
    @Transactional(rollbackFor = Exception.class)
    public void saveThenThrowCheckedRollingBack(String text) throws Exception {
        greetings.save(Greeting.of(text));
        throw new Exception("checked after saving " + text);
    }

    /** Asks for a propagation NOORMME cannot honour. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void requiresNew(String text) {
        greetings.save(Greeting.of(text));
    }

    /** Must run inside a transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean mandatory() {
        return database.inTransaction();
    }
}
