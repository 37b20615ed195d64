package dev.noormme.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.processor.diagnostics.ProcessorErrors;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue itself: stable, unique ids in every message. */
class CatalogueTest {

    @Test
    void everyMessageHasAUniqueStableId() {
        Set<String> ids = new HashSet<>();
        for (ProcessorErrors message : ProcessorErrors.values()) {
            assertTrue(message.id().matches("NOORMME-[EW]\\d{3}"), message.id());
            assertTrue(ids.add(message.id()), "duplicate id " + message.id());
        }
    }

    @Test
    void formattedMessagesStartWithTheirId() {
        assertEquals("[NOORMME-E001] Entity a.User has no @Id. Annotate exactly one record component or field "
                + "with @Id, for example `@Id Long id`.", ProcessorErrors.NO_ID.format("a.User"));
    }
}
