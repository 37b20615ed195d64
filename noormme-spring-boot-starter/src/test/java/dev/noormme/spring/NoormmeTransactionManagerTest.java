package dev.noormme.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.spring.app.Greeting;
import dev.noormme.spring.app.GreetingService;
import dev.noormme.spring.app.GreetingsRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionUsageException;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** @Transactional and TransactionTemplate run as NOORMME transactions: one transaction, never two. */
class NoormmeTransactionManagerTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(NoormmeAutoConfiguration.class, TransactionAutoConfiguration.class))
                .withBean(GreetingService.class)
                .withPropertyValues("noormme.url=jdbc:sqlite:" + dir.resolve("tx.db"));
    }

    @Test
    void aTransactionalMethodThatThrowsAfterWritingPersistsNothing() {
        runner().run(context -> {
            GreetingService service = context.getBean(GreetingService.class);
            GreetingsRepository greetings = context.getBean(GreetingsRepository.class);

            assertThatThrownBy(() -> service.saveThenFail("lost")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("failed after saving lost");
            assertThat(greetings.findByText("lost")).isEmpty();
        });
    }

    @Test
    void databaseInTransactionInsideATransactionalMethodJoinsIt() {
        runner().run(context -> {
            GreetingService service = context.getBean(GreetingService.class);
            GreetingsRepository greetings = context.getBean(GreetingsRepository.class);

            // The nested call saw a transaction and returned normally; the outer method's failure
            // then rolled back the nested call's write: both were one transaction.
            assertThatThrownBy(() -> service.nestedJoins("nested")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("outer method failed after the nested call returned true");
            assertThat(greetings.findByText("nested")).isEmpty();
        });
    }

    @Test
    void aTransactionalMethodCalledInsideDatabaseInTransactionJoinsIt() {
        runner().run(context -> {
            GreetingService service = context.getBean(GreetingService.class);
            Database database = context.getBean(Database.class);

            assertThat(database.inTransaction(service::mandatory)).isTrue();
            assertThatThrownBy(service::mandatory).isInstanceOf(IllegalTransactionStateException.class)
                    .hasMessageContaining("MANDATORY");
        });
    }

    @Test
    void checkedExceptionsFollowSpringsRollbackRules() {
        runner().run(context -> {
            GreetingService service = context.getBean(GreetingService.class);
            GreetingsRepository greetings = context.getBean(GreetingsRepository.class);

            assertThatThrownBy(() -> service.saveThenThrowChecked("kept")).hasMessage("checked after saving kept");
            assertThatThrownBy(() -> service.saveThenThrowCheckedRollingBack("dropped"))
                    .hasMessage("checked after saving dropped");

            assertThat(greetings.findByText("kept")).hasSize(1);
            assertThat(greetings.findByText("dropped")).isEmpty();
        });
    }

    @Test
    void setRollbackOnlyRollsBackQuietlyAndMarksAJoinedTransaction() {
        runner().run(context -> {
            TransactionTemplate template = new TransactionTemplate(context.getBean(NoormmeTransactionManager.class));
            GreetingsRepository greetings = context.getBean(GreetingsRepository.class);
            Database database = context.getBean(Database.class);

            String result = template.execute(status -> {
                greetings.save(Greeting.of("undone"));
                status.setRollbackOnly();
                return "returned";
            });
            assertThat(result).isEqualTo("returned");
            assertThat(greetings.findByText("undone")).isEmpty();

            assertThatThrownBy(() -> database.inTransaction(() -> {
                greetings.save(Greeting.of("outer"));
                template.executeWithoutResult(status -> status.setRollbackOnly());
            })).isInstanceOf(NoormmeException.class).hasMessageContaining("rolled back");
            assertThat(greetings.findByText("outer")).isEmpty();
        });
    }

    @Test
    void propagationsAndIsolationNoormmeCannotHonourAreRefusedNamingTheAttribute() {
        runner().run(context -> {
            GreetingService service = context.getBean(GreetingService.class);
            GreetingsRepository greetings = context.getBean(GreetingsRepository.class);
            NoormmeTransactionManager manager = context.getBean(NoormmeTransactionManager.class);

            assertThatThrownBy(() -> service.requiresNew("never")).isInstanceOf(TransactionUsageException.class)
                    .hasMessageContaining("REQUIRES_NEW").hasMessageContaining("REQUIRED");
            assertThat(greetings.findByText("never")).isEmpty();

            DefaultTransactionDefinition serializable = new DefaultTransactionDefinition();
            serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
            assertThatThrownBy(() -> manager.execute(serializable, status -> null))
                    .isInstanceOf(TransactionUsageException.class).hasMessageContaining("noormme.isolation");

            DefaultTransactionDefinition never = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NEVER);
            Database database = context.getBean(Database.class);
            Boolean neverInside = manager.execute(never, status -> database.inTransaction());
            assertThat(neverInside).isFalse();
            assertThatThrownBy(() -> database.inTransaction(() -> manager.execute(never, status -> null)))
                    .isInstanceOf(IllegalTransactionStateException.class).hasMessageContaining("NEVER");

            DefaultTransactionDefinition supports = new DefaultTransactionDefinition(
                    TransactionDefinition.PROPAGATION_SUPPORTS);
            Boolean supportsOutside = manager.execute(supports, status -> database.inTransaction());
            Boolean supportsInside = database.inTransaction(
                    () -> manager.execute(supports, status -> database.inTransaction()));
            assertThat(supportsOutside).isFalse();
            assertThat(supportsInside).isTrue();

            assertThatThrownBy(() -> manager.getTransaction(null)).isInstanceOf(TransactionUsageException.class)
                    .hasMessageContaining("execute(definition, callback)");
        });
    }
}
