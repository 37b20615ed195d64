package dev.noormme.processor.writer;

import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;

/** How every generated file is laid out: four-space indent, no imports of java.lang. */
public final class JavaFiles {

    private JavaFiles() {
    }

    public static JavaFile of(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .indent("    ")
                .skipJavaLangImports(true)
                .build();
    }
}
