package dev.noormme.spring;

import dev.noormme.Database;
import dev.noormme.ServiceIndex;
import java.beans.Introspector;
import java.util.Optional;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers the generated {@link ServiceIndex}, the {@code ServiceFactory} and every repository it
 * lists as beans, each built over the context's {@link Database} bean when first needed.
 */
final class NoormmeRepositoriesRegistrar
        implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanClassLoaderAware, BeanFactoryAware {

    static final String INDEX_BEAN = "noormmeServiceIndex";
    static final String FACTORY_BEAN = "noormmeServiceFactory";

    private Environment environment;
    private ClassLoader classLoader;
    private BeanFactory beanFactory;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        Optional<ServiceIndex<?>> found = ServiceIndexes.find(classLoader,
                environment.getProperty(ServiceIndexes.PROPERTY));
        if (found.isEmpty() || registry.containsBeanDefinition(INDEX_BEAN)) {
            return;
        }
        register(found.get(), registry);
    }

    private <F extends AutoCloseable> void register(ServiceIndex<F> index, BeanDefinitionRegistry registry) {
        registry.registerBeanDefinition(INDEX_BEAN, BeanDefinitionBuilder
                .genericBeanDefinition(ServiceIndex.class, () -> index).getBeanDefinition());
        AbstractBeanDefinition factory = BeanDefinitionBuilder
                .genericBeanDefinition(index.serviceFactoryType(),
                        () -> index.serviceFactory(beanFactory.getBean(Database.class)))
                .getBeanDefinition();
        // The Database bean closes the database; without this Spring would infer close() on the
        // AutoCloseable factory and close it a second time, from the wrong owner.
        factory.setDestroyMethodName("");
        registry.registerBeanDefinition(FACTORY_BEAN, factory);
        for (Class<?> type : index.repositoryTypes()) {
            registerRepository(index, type, registry);
        }
    }

    private <F extends AutoCloseable, R> void registerRepository(ServiceIndex<F> index, Class<R> type,
            BeanDefinitionRegistry registry) {
        String name = Introspector.decapitalize(type.getSimpleName());
        if (registry.containsBeanDefinition(name)) {
            name = type.getName(); // two repositories with one simple name, or a user bean of that name
        }
        registry.registerBeanDefinition(name, BeanDefinitionBuilder
                .genericBeanDefinition(type, () -> index.repository(
                        index.serviceFactoryType().cast(beanFactory.getBean(FACTORY_BEAN)), type))
                .getBeanDefinition());
    }
}
