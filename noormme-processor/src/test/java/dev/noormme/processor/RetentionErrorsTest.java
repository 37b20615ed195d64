package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;

import com.google.testing.compile.Compilation;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every @RetentionPeriod message of the catalogue, on the annotation value it is about. */
class RetentionErrorsTest {

    private static JavaFileObject withTimeImports(String annotation) {
        return source("Event", "import java.time.Instant;\nimport java.time.LocalDateTime;\n\n" + annotation + """

                @Table("events")
                public record Event(@Id Long id, String kind, Instant createdAt, LocalDateTime seenAt) {}
                """);
    }

    private static void assertError(JavaFileObject source, ProcessorErrors error, String line, Object... args) {
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining(error.format(args)).inFile(source).onLineContaining(line);
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void anUnknownColumnIsReportedWithTheEntitysTimeColumns() {
        JavaFileObject source = withTimeImports("@RetentionPeriod(value = \"90d\", column = \"created\")");
        assertError(source, ProcessorErrors.RETENTION_UNKNOWN_COLUMN, "column = \"created\"", "test.Event", "created",
                "events", "Its time columns are: created_at (java.time.Instant), seen_at (java.time.LocalDateTime).");
    }

    @Test
    void anEntityWithoutTimeColumnsIsToldWhatToAdd() {
        JavaFileObject source = source("Note", """
                @RetentionPeriod(value = "90d", column = "created_at")
                @Table("notes")
                public record Note(@Id Long id, String text) {}
                """);
        assertError(source, ProcessorErrors.RETENTION_UNKNOWN_COLUMN, "column = \"created_at\"", "test.Note",
                "created_at", "notes", "It has no time column: add an Instant, LocalDateTime, LocalDate or long"
                        + " (epoch milliseconds) property, or remove @RetentionPeriod.");
    }

    @Test
    void aColumnThatHoldsNoTimeIsReported() {
        JavaFileObject source = withTimeImports("@RetentionPeriod(value = \"90d\", column = \"kind\")");
        assertError(source, ProcessorErrors.RETENTION_NOT_A_TIME, "column = \"kind\"", "test.Event", "kind",
                "java.lang.String", "Its time columns are: created_at (java.time.Instant), seen_at"
                        + " (java.time.LocalDateTime).");
    }

    @Test
    void aZeroPeriodIsReportedOnItsValue() {
        JavaFileObject source = withTimeImports("@RetentionPeriod(value = \"0d\", column = \"created_at\")");
        assertError(source, ProcessorErrors.RETENTION_BAD_PERIOD, "value = \"0d\"", "0d", "test.Event",
                "a period of 0 would delete every row");
    }

    @Test
    void aPeriodThatIsNotADurationIsReportedOnItsValue() {
        JavaFileObject source = withTimeImports("@RetentionPeriod(value = \"soon\", column = \"created_at\")");
        assertError(source, ProcessorErrors.RETENTION_BAD_PERIOD, "value = \"soon\"", "soon", "test.Event",
                "it is not <number><unit>");
    }

    @Test
    void aNegativePeriodIsReported() {
        JavaFileObject source = withTimeImports("@RetentionPeriod(value = \"-5d\", column = \"created_at\")");
        assertError(source, ProcessorErrors.RETENTION_BAD_PERIOD, "value = \"-5d\"", "-5d", "test.Event",
                "it is negative");
    }

    @Test
    void aBadPeriodAndABadColumnAreBothReported() {
        JavaFileObject source = withTimeImports("@RetentionPeriod(value = \"soon\", column = \"kind\")");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void aPropertyNameAndAnEpochMillisecondColumnAreAccepted() {
        JavaFileObject source = source("Ping", """
                @RetentionPeriod(value = "7d", column = "sentAtMillis")
                @Table("pings")
                public record Ping(@Id Long id, long sentAtMillis) {}
                """);
        assertThat(compile(source)).succeededWithoutWarnings();
    }
}
