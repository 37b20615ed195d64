package dev.noormme.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.javapoet.ClassName;
import dev.noormme.processor.model.Names;
import org.junit.jupiter.api.Test;

/** The naming rules: snake_case tables and columns, accessors, generated type names. */
class NamesTest {

    @Test
    void snakeCaseSplitsWordsAndAcronyms() {
        assertEquals("display_name", Names.snakeCase("displayName"));
        assertEquals("order_item", Names.snakeCase("OrderItem"));
        assertEquals("url_value", Names.snakeCase("URLValue"));
        assertEquals("user_id", Names.snakeCase("userID"));
        assertEquals("address2_line", Names.snakeCase("address2Line"));
        assertEquals("user", Names.snakeCase("User"));
    }

    @Test
    void accessorIsLowerCamelOfTheSimpleName() {
        assertEquals("usersRepository", Names.lowerCamel("UsersRepository"));
        assertEquals("urlRepository", Names.lowerCamel("URLRepository"));
        assertEquals("posts", Names.lowerCamel("Posts"));
    }

    @Test
    void nestedTypesAreFlattenedWithUnderscores() {
        assertEquals(ClassName.get("a.b", "Outer_Inner_Impl"),
                Names.generatedName(ClassName.get("a.b", "Outer", "Inner"), "_Impl"));
    }
}
