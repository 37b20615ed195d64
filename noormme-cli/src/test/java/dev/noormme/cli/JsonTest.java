package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\\u2028é€\"", Json.write("a\"b\\c\n\r\t\b\f\u0001\u001f\u2028é€"));
    }

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1L);
        map.put("a", List.of(true, 2.5, "x"));
        map.put("n", null);
        map.put("e", Map.of());
        map.put("l", Arrays.asList(1, null));
        assertEquals("{\"b\":1,\"a\":[true,2.5,\"x\"],\"n\":null,\"e\":{},\"l\":[1,null]}", Json.write(map));
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    }
}
