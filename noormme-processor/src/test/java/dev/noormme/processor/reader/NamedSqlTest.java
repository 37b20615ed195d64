package dev.noormme.processor.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namesOutsideLiteralsAndCommentsAreFoundInOrder() {
        NamedSql.Scan scan = NamedSql.scan("SELECT ':a', \"b:c\" FROM t -- :d\n WHERE x = :x /* :e */ AND y IN ( :ids ) OR z = :x");
        assertEquals(List.of("x", "ids", "x"), scan.named().stream().map(NamedSql.Occurrence::name).toList());
        assertEquals(List.of(false, true, false), scan.named().stream().map(NamedSql.Occurrence::inParens).toList());
        assertEquals(List.of(), scan.unnamed());
        assertFalse(scan.severalStatements());
    }

    @Test
    void otherParameterFormsAndSecondStatementsAreFound() {
        NamedSql.Scan scan = NamedSql.scan("SELECT ? , ?2, @a, $b FROM t; DELETE FROM t");
        assertEquals(List.of("?", "?2", "@a", "$b"), scan.unnamed());
        assertTrue(scan.severalStatements());
        assertFalse(NamedSql.scan("SELECT 1 ;  -- done\n").severalStatements());
    }

    @Test
    void replaceWritesQuestionMarksAndExpansions() {
        String sql = "SELECT * FROM t WHERE a = :a AND id IN (:ids) AND 'x:y' = :a";
        NamedSql.Scan scan = NamedSql.scan(sql);
        assertEquals("SELECT * FROM t WHERE a = ? AND id IN (?...) AND 'x:y' = ?",
                NamedSql.replace(sql, scan.named(), name -> name.name().equals("ids") ? "?..." : "?"));
    }
}
