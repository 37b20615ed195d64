package dev.noormme.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noormme.Database;
import dev.noormme.ServiceIndex;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.spring.app.Greeting;
import dev.noormme.spring.app.GreetingsRepository;
import dev.noormme.spring.app.ServiceFactory;
import dev.noormme.spring.app.ServiceFactory_Index;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.TransactionManager;

/** The beans the starter makes, from the processor-generated index of the test application. */
class NoormmeAutoConfigurationTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(NoormmeAutoConfiguration.class))
                .withPropertyValues("noormme.url=jdbc:sqlite:" + dir.resolve("app.db"));
    }

    @Test
    void generatedServiceFactoryAndRepositoriesAreBeansOverTheDatabaseBean() {
        runner().run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(Database.class)
                    .hasSingleBean(ServiceFactory.class)
                    .hasSingleBean(GreetingsRepository.class)
                    .hasSingleBean(ServiceIndex.class)
                    .hasSingleBean(NoormmeTransactionManager.class);
            Database database = context.getBean(Database.class);
            ServiceFactory factory = context.getBean(ServiceFactory.class);
            GreetingsRepository greetings = context.getBean(GreetingsRepository.class);
            assertThat(factory.database()).isSameAs(database);
            assertThat(greetings).isSameAs(factory.greetingsRepository());
            assertThat(context.getBean("greetingsRepository")).isSameAs(greetings);

            Greeting saved = greetings.save(Greeting.of("hello"));
            assertThat(greetings.findByText("hello")).containsExactly(saved);
        });
        assertThat(dir.resolve("app.db")).exists();
    }

    @Test
    void setPropertiesGoOverTheEnvironmentsDefaults() {
        runner().withPropertyValues("noormme.environment=PRODUCTION", "noormme.monitor.slow-query-threshold=250ms",
                "noormme.cache.max-entries=123", "noormme.cache.policy=LRU", "noormme.create-schema=true").run(context -> {
            DatabaseConfig config = context.getBean(NoormmeProperties.class).toConfig();
            DatabaseConfig production = DatabaseConfig.forEnvironment(Environment.PRODUCTION);

            assertThat(config.environment()).isEqualTo(Environment.PRODUCTION);
            assertThat(config.url()).contains("jdbc:sqlite:" + dir.resolve("app.db"));
            assertThat(config.slowQueryThreshold()).isEqualTo(Duration.ofMillis(250));
            assertThat(config.cacheMaxEntries()).isEqualTo(123);
            assertThat(config.cachePolicy()).hasToString("LRU");
            assertThat(config.createSchema()).isTrue();
            // Unset: PRODUCTION's defaults, not DEVELOPMENT's.
            assertThat(config.backupBeforeMigrate()).isEqualTo(production.backupBeforeMigrate()).isTrue();
            assertThat(config.optimizerSchedule()).isEqualTo(production.optimizerSchedule());
            assertThat(config.synchronous()).isEqualTo(production.synchronous());
        });
    }

    @Test
    void aBadPropertyValueFailsStartupNamingTheProperty() {
        runner().withPropertyValues("noormme.cache.max-entries=lots").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("lots");
            Throwable failure = context.getStartupFailure();
            while (!(failure instanceof BindException) && failure.getCause() != null) {
                failure = failure.getCause();
            }
            assertThat(failure).isInstanceOf(BindException.class)
                    .hasMessageContaining("noormme.cache.max-entries");
        });
    }

    @Test
    void theApplicationsOwnDatabaseBeanIsUsedAndTheStarterMakesNone() {
        Path own = dir.resolve("own.db");
        DatabaseConfig config = DatabaseConfig.builder().url("jdbc:sqlite:" + own).build();
        runner().withBean("myDatabase", Database.class, () -> new ServiceFactory_Index().open(config))
                .run(context -> {
                    assertThat(context).hasSingleBean(Database.class);
                    assertThat(context).hasBean("myDatabase").doesNotHaveBean("noormmeDatabase");
                    GreetingsRepository greetings = context.getBean(GreetingsRepository.class);
                    greetings.save(Greeting.of("own"));
                    assertThat(context.getBean(ServiceFactory.class).database())
                            .isSameAs(context.getBean("myDatabase"));
                });
        assertThat(own).exists();
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    @Test
    void theDatabaseBeanClosesTheDatabaseAndTheServiceFactoryBeanDoesNotCloseItAgain() {
        Database[] database = new Database[1];
        runner().run(context -> {
            database[0] = context.getBean(Database.class);
            assertThat(context.getBeanFactory().getBeanDefinition(NoormmeRepositoriesRegistrar.FACTORY_BEAN)
                    .getDestroyMethodName()).isEmpty();
        });
        assertThatThrownBy(() -> database[0].inTransaction(() -> 1)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void anApplicationTransactionManagerIsKept() {
        TransactionManager own = new TransactionManager() { };
        runner().withBean("ownTransactionManager", TransactionManager.class, () -> own).run(context -> {
            assertThat(context).hasSingleBean(TransactionManager.class).doesNotHaveBean("noormmeTransactionManager");
            assertThat(context.getBean(TransactionManager.class)).isSameAs(own);
        });
    }

    @Test
    void withADataSourceAndNoTransactionManagerTransactionalIsNoormmes() {
        SQLiteDataSource other = new SQLiteDataSource();
        other.setUrl("jdbc:sqlite:" + dir.resolve("other.db"));
        runner().withBean("otherDataSource", DataSource.class, () -> other).run(context ->
                assertThat(context).hasSingleBean(TransactionManager.class)
                        .getBean(TransactionManager.class).isInstanceOf(NoormmeTransactionManager.class));
    }

    @Test
    void severalIndexesOnTheClassPathFailNamingThemAndTheProperty() throws Exception {
        Path services = dir.resolve("other/META-INF/services/dev.noormme.ServiceIndex");
        Files.createDirectories(services.getParent());
        Files.writeString(services, OtherIndex.class.getName() + "\n");
        ClassLoader twoIndexes = new URLClassLoader(new URL[] {dir.resolve("other").toUri().toURL()},
                getClass().getClassLoader());

        runner().withClassLoader(twoIndexes).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(ServiceFactory.class.getName())
                    .hasMessageContaining(OtherIndex.Factory.class.getName())
                    .hasMessageContaining("noormme.service-factory");
        });
        runner().withClassLoader(twoIndexes)
                .withPropertyValues("noormme.service-factory=" + ServiceFactory.class.getName())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(GreetingsRepository.class));
    }
}
