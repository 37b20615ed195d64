package dev.noormme.processor;

import com.google.auto.service.AutoService;
import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.Guard;
import dev.noormme.processor.reader.AnnotationNames;
import dev.noormme.processor.verifier.SqlVerifier;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The NOORMME annotation processor: for every {@code @Table} entity it writes
 * {@code <Entity>_Mapping}, for every {@code @Repository} interface {@code <Repository>_Impl},
 * and once per compilation a {@code ServiceFactory}, which also lists every {@code @Migration} class.
 *
 * <p>Option {@code noormme.package} chooses the ServiceFactory's package; without it, the
 * longest common package of the repositories is used.
 *
 * <p>Option {@code noormme.verify.postgresql} names a PostgreSQL server
 * ({@code jdbc:postgresql://host/db?user=...&password=...}) on which the PostgreSQL text of every
 * query is prepared too, in a temporary schema; off by default, so a build never needs a server.
 * pgJDBC must then be on the processor path.
 */
@AutoService(Processor.class)
public final class NoormmeProcessor extends AbstractProcessor {

    /** The processor option naming the ServiceFactory's package. */
    public static final String PACKAGE_OPTION = "noormme.package";

    /** The processor option naming a PostgreSQL server to check the PostgreSQL SQL on. */
    public static final String VERIFY_POSTGRESQL_OPTION = "noormme.verify.postgresql";

    private final SqlVerifier.Connector connector;
    private Compilation compilation;

    /** The processor javac and Maven instantiate. */
    public NoormmeProcessor() {
        this(SqlVerifier.SQLITE);
    }

    /** A processor whose SQL verifier opens its database with {@code connector}; for tests. */
    NoormmeProcessor(SqlVerifier.Connector connector) {
        this.connector = connector;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        Diagnostics diagnostics = new Diagnostics(environment.getMessager());
        compilation = new Compilation(environment, diagnostics, new Guard(diagnostics), connector);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotationNames.TABLE, AnnotationNames.REPOSITORY, AnnotationNames.MIGRATION);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(PACKAGE_OPTION, VERIFY_POSTGRESQL_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        compilation.processRound(round);
        return false;
    }
}
