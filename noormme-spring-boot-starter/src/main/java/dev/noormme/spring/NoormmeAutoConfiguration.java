package dev.noormme.spring;

import dev.noormme.Database;
import dev.noormme.ServiceIndex;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.support.CallbackPreferringPlatformTransactionManager;

/**
 * The NOORMME {@link Database} built from the {@code noormme.*} properties, the generated
 * {@code ServiceFactory} and every generated repository as beans (found through the
 * processor-generated {@link ServiceIndex}), and a transaction manager that runs
 * {@code @Transactional} methods as NOORMME transactions.
 *
 * <p>Runs before Boot's transaction and JDBC auto-configurations, so that in an application
 * with NOORMME and no transaction manager of its own, {@code @Transactional} means NOORMME's.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass(Database.class)
@EnableConfigurationProperties(NoormmeProperties.class)
@Import(NoormmeRepositoriesRegistrar.class)
public class NoormmeAutoConfiguration {

    /**
     * The database, opened with the generated mappings, migrations and retention rules when a
     * ServiceFactory was generated; closed with the context. The generated ServiceFactory bean
     * does not close it again.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Database noormmeDatabase(NoormmeProperties properties, ObjectProvider<ServiceIndex<?>> index) {
        ServiceIndex<?> generated = index.getIfAvailable();
        return generated == null ? Database.open(properties.toConfig()) : generated.open(properties.toConfig());
    }

    /** The transaction manager, unless the application has one; see {@link NoormmeTransactionManager}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CallbackPreferringPlatformTransactionManager.class)
    static class Transactions {

        private static final System.Logger LOG = System.getLogger(NoormmeAutoConfiguration.class.getName());

        @Bean
        @ConditionalOnMissingBean(TransactionManager.class)
        NoormmeTransactionManager noormmeTransactionManager(Database database, ListableBeanFactory beans) {
            // Boot's DataSource transaction manager backs off for this one: say so, since JDBC work
            // in a @Transactional method then runs outside any transaction.
            String[] dataSources = beans.getBeanNamesForType(DataSource.class, false, false);
            if (dataSources.length > 0) {
                LOG.log(System.Logger.Level.WARNING, "@Transactional runs NOORMME transactions only: the DataSource"
                        + " bean(s) " + String.join(", ", dataSources) + " get no transaction manager, so their"
                        + " work in @Transactional methods is not in a transaction. Declare the transaction"
                        + " managers you need and choose per method (README, \"Spring Boot\")");
            }
            return new NoormmeTransactionManager(database);
        }
    }
}
