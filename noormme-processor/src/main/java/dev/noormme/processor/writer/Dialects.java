package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import dev.noormme.processor.model.DialectText;
import dev.noormme.processor.sql.SqlDialect;
import java.util.function.Function;

/** How generated code holds and picks the SQL of each dialect. */
final class Dialects {

    private Dialects() {
    }

    /** A mapping's constant of {@code dialect}'s statements: {@code SQLITE_SQL}, {@code POSTGRESQL_SQL}. */
    static String mappingConstant(SqlDialect dialect) {
        return dialect.name() + "_SQL";
    }

    /** {@code return switch (variable) { case SQLITE -> ...; ... };}, one case per dialect. */
    static CodeBlock switchOn(String variable, Function<SqlDialect, String> value) {
        CodeBlock.Builder code = CodeBlock.builder().add("return switch ($N) {\n$>", variable);
        for (SqlDialect dialect : SqlDialect.ALL) {
            code.add("case $L -> $L;\n", dialect.name(), value.apply(dialect));
        }
        return code.add("$<};\n").build();
    }

    /**
     * {@code DialectSql.portable("...")} when every dialect runs the same text, otherwise
     * {@code DialectSql.of("sqlite", "postgresql")} with one text a line.
     */
    static CodeBlock dialectSql(DialectText text) {
        if (text.portable()) {
            return CodeBlock.of("$T.portable($S)", RuntimeTypes.DIALECT_SQL, text.sqlite());
        }
        return CodeBlock.of("$T.of(\n$>$>$S,\n$S)$<$<", RuntimeTypes.DIALECT_SQL, text.sqlite(), text.postgresql());
    }
}
