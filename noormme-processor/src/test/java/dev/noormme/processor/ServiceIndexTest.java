package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The ServiceLoader entry that lets integrations find the generated ServiceFactory without scanning. */
class ServiceIndexTest {

    private static final String SERVICE_FILE = "META-INF/services/dev.noormme.ServiceIndex";

    @Test
    void serviceFileNamesTheIndexNextToTheServiceFactory() throws IOException {
        Compilation compilation = Sources.compile(Sources.source("Users", """
                @Table("users")
                record User(@Id Long id, String email) {}
                """), Sources.source("UsersRepository", """
                @Repository
                public interface UsersRepository extends CrudRepository<User, Long> {}
                """));

        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("test.ServiceFactory_Index");
        JavaFileObject services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE).orElseThrow();
        assertEquals("test.ServiceFactory_Index\n", services.getCharContent(false).toString());
    }

    @Test
    void noServiceFileWhenTheCompilationHasNothingToIndex() {
        Compilation compilation = Sources.compile(Sources.source("Users", """
                @Table("users")
                record User(@Id Long id, String email) {}
                """));

        assertThat(compilation).succeeded();
        assertEquals(false, compilation.generatedFile(StandardLocation.CLASS_OUTPUT, SERVICE_FILE).isPresent());
    }
}
